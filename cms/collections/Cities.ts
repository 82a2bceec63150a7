import type { CollectionConfig, Field } from 'payload'
import { maxListLength, maxShortTextLength } from '../../content/limits.ts'
import { countryCode, isoDate, languageTag, noteText, relationships, shortText, summaryText, text, url, wikidataId } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'

/** An agreement; internal ones live in their own staff-only list, so field access keeps them from the public. */
const agreementFields: Field[] = [
  { name: 'title', type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
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
    { name: 'name', type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    {
      name: 'nativeName',
      type: 'group',
      admin: { description: 'The name in the city’s own language, with its BCP 47 tag (e.g. ja, ru, zh-Hans).' },
      fields: [
        { name: 'lang', type: 'text', validate: validateWith(languageTag) },
        { name: 'value', type: 'text', validate: validateWith(shortText) },
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
    {
      name: 'relationship',
      type: 'select',
      required: true,
      options: [...relationships],
      validate: standard('select'),
      access: { update: editorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'since',
      type: 'text',
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: { position: 'sidebar', description: 'Date of the agreement: YYYY-MM-DD, or YYYY where only the year is certain.' },
    },
    { name: 'summary', type: 'textarea', localized: true, validate: allOf(requiredInThai, validateWith(summaryText)) },
    { name: 'body', type: 'richText', localized: true, validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit) },
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
    {
      name: 'gallery',
      type: 'array',
      maxRows: maxListLength,
      access: { update: editorField },
      fields: [{ name: 'image', type: 'upload', relationTo: 'media', required: true, validate: standard('upload') }],
    },
    {
      name: 'agreements',
      type: 'array',
      maxRows: maxListLength,
      fields: agreementFields,
      admin: { description: 'Signed agreements shown on the public profile.' },
    },
    staffOnly({ name: 'internalAgreements', type: 'array', maxRows: maxListLength, fields: agreementFields }),
    {
      name: 'activities',
      type: 'array',
      maxRows: maxListLength,
      fields: [
        { name: 'date', type: 'text', required: true, validate: validateWith(isoDate) },
        { name: 'text', type: 'textarea', localized: true, validate: allOf(requiredInThai, validateWith(summaryText)) },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'office', type: 'text', localized: true, validate: validateWith(shortText) },
        { name: 'url', type: 'text', validate: validateWith(url) },
      ],
    },
    { name: 'wikidata', label: { th: 'รหัส Wikidata', en: 'Wikidata id' }, type: 'text', validate: validateWith(wikidataId), access: { update: editorField } },
    staffOnly({
      name: 'internalContacts',
      type: 'array',
      maxRows: maxListLength,
      fields: [
        { name: 'name', type: 'text', required: true, validate: validateWith(shortText) },
        { name: 'role', type: 'text', validate: validateWith(text(maxShortTextLength)) },
        { name: 'email', type: 'email', maxLength: maxShortTextLength },
        { name: 'phone', type: 'text', validate: validateWith(text(maxShortTextLength)) },
      ],
    }),
    staffOnly({ name: 'internalNotes', type: 'textarea', validate: validateWith(noteText) }),
  ],
}
