import type { CollectionConfig } from 'payload'
import { editorField } from '../access/index.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { publishedContent } from './publishedContent.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News item', th: 'ข่าว' }, plural: { en: 'News', th: 'ข่าว' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'date', '_status'] },
  defaultSort: '-date',
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'date', type: 'date', required: true, index: true, access: { update: editorField }, admin: { position: 'sidebar' } },
    { name: 'title', type: 'text', localized: true, validate: requiredInThai },
    { name: 'summary', type: 'textarea', localized: true, validate: requiredInThai },
    { name: 'body', type: 'richText', localized: true, validate: requiredInThai },
    { name: 'image', type: 'upload', relationTo: 'media', access: { update: editorField } },
    { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true, access: { update: editorField } },
    { name: 'terms', type: 'relationship', relationTo: 'glossary', hasMany: true, access: { update: editorField } },
  ],
}
