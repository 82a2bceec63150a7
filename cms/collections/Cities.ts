import type { CollectionConfig, Field } from 'payload'
import { countryCode, isoDate, relationships, url, wikidataId } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'

/** An agreement; internal ones live in their own staff-only list, so field access keeps them from the public. */
const agreementFields: Field[] = [
  { name: 'title', type: 'text', localized: true, validate: requiredInThai },
  { name: 'date', type: 'text', validate: validateWith(isoDate) },
  { name: 'document', type: 'upload', relationTo: 'media' },
]

/** Sister, friendship and partner cities and international organisations: the profiles partner cities link to. */
export const Cities: CollectionConfig = {
  slug: 'cities',
  labels: { singular: { en: 'City', th: 'เมือง' }, plural: { en: 'Cities', th: 'เมืองพี่เมืองน้องและองค์กร' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'relationship', 'since', '_status'] },
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'name', type: 'text', localized: true, validate: requiredInThai },
    {
      name: 'nativeName',
      type: 'group',
      admin: { description: 'The name in the city’s own language, with its BCP 47 tag (e.g. ja, ru, zh-Hans).' },
      fields: [
        { name: 'lang', type: 'text' },
        { name: 'value', type: 'text' },
      ],
    },
    {
      name: 'country',
      type: 'text',
      required: true,
      validate: validateWith(countryCode),
      access: { update: editorField },
      admin: { position: 'sidebar', description: 'ISO 3166-1 alpha-2, e.g. JP.' },
    },
    { name: 'relationship', type: 'select', required: true, options: [...relationships], access: { update: editorField }, admin: { position: 'sidebar' } },
    {
      name: 'since',
      type: 'text',
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: { position: 'sidebar', description: 'Date of the agreement: YYYY-MM-DD, or YYYY where only the year is certain.' },
    },
    { name: 'summary', type: 'textarea', localized: true, validate: requiredInThai },
    { name: 'body', type: 'richText', localized: true, validate: requiredInThai },
    {
      name: 'coordinates',
      type: 'group',
      access: { update: editorField },
      fields: [
        { name: 'lat', type: 'number', min: -90, max: 90 },
        { name: 'lng', type: 'number', min: -180, max: 180 },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media', access: { update: editorField } },
    { name: 'gallery', type: 'array', access: { update: editorField }, fields: [{ name: 'image', type: 'upload', relationTo: 'media', required: true }] },
    { name: 'agreements', type: 'array', fields: agreementFields, admin: { description: 'Signed agreements shown on the public profile.' } },
    staffOnly({ name: 'internalAgreements', type: 'array', fields: agreementFields }),
    {
      name: 'activities',
      type: 'array',
      fields: [
        { name: 'date', type: 'text', required: true, validate: validateWith(isoDate) },
        { name: 'text', type: 'textarea', localized: true, validate: requiredInThai },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'office', type: 'text', localized: true },
        { name: 'url', type: 'text', validate: validateWith(url) },
      ],
    },
    { name: 'wikidata', label: { th: 'รหัส Wikidata', en: 'Wikidata id' }, type: 'text', validate: validateWith(wikidataId), access: { update: editorField } },
    staffOnly({
      name: 'internalContacts',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'role', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
      ],
    }),
    staffOnly({ name: 'internalNotes', type: 'textarea' }),
  ],
}
