import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access/index.ts'
import { deployNow } from './endpoints/deployNow.ts'
import { limitReads } from '../../hooks/limitReads.ts'
import { rejectMalformedIds } from '../../hooks/rejectMalformedIds.ts'
import { refuseWritesWithReadOnlyKey } from '../../access/readOnlyApiKeys.ts'

/**
 * Every rebuild of the public site: what triggered it (documents and people), its state and timing, and the error
 * of a failed one. Written by the deploy job; staff read it, admins may start one by hand ("Deploy now").
 */
export const Deploys: CollectionConfig = {
  slug: 'deploys',
  labels: { singular: { en: 'Deploy', th: 'การเผยแพร่เว็บไซต์' }, plural: { en: 'Deploys', th: 'การเผยแพร่เว็บไซต์' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'target', 'queuedAt', 'durationMs'],
    description: 'Every publish, unpublish or deletion of public content rebuilds the public site. The latest rebuild is on top.',
    components: { beforeListTable: ['/components/DeployNowButton.tsx#DeployNowButton'] },
  },
  defaultSort: '-queuedAt',
  // Deploy records are written by the deploy job only ("Deploy now" asks for one); admins may delete old ones.
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  endpoints: [deployNow],
  hooks: { beforeOperation: [rejectMalformedIds, limitReads, refuseWritesWithReadOnlyKey] },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true } },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'building', 'live', 'failed'],
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'target', type: 'select', options: ['netlify', 'local'], admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'changes',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'collection', type: 'text' },
        { name: 'slug', type: 'text' },
        { name: 'action', type: 'select', options: ['publish', 'update', 'unpublish', 'delete', 'media', 'manual', 'import'] },
        { name: 'by', type: 'text' },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'changeCount',
      type: 'number',
      admin: { readOnly: true, position: 'sidebar', description: 'All changes in this deploy; the list above shows the first 25.' },
    },
    {
      name: 'notBefore',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', description: 'The build starts no earlier than this.', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastChangeAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'queuedAt', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
  ],
}
