import type { CollectionConfig } from 'payload'
import { maxListLength } from '../../content/limits.ts'
import { shortText, summaryText } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News item', th: 'ข่าว' }, plural: { en: 'News', th: 'ข่าว' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'date', '_status'] },
  defaultSort: '-date',
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'date', type: 'date', required: true, index: true, validate: standard('date'), access: { update: editorField }, admin: { position: 'sidebar' } },
    { name: 'title', type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    { name: 'summary', type: 'textarea', localized: true, validate: allOf(requiredInThai, validateWith(summaryText)) },
    { name: 'body', type: 'richText', localized: true, validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit) },
    { name: 'image', type: 'upload', relationTo: 'media', access: { update: editorField } },
    { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true, maxRows: maxListLength, access: { update: editorField } },
    { name: 'terms', type: 'relationship', relationTo: 'glossary', hasMany: true, maxRows: maxListLength, access: { update: editorField } },
  ],
}
