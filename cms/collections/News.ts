import type { CollectionConfig } from 'payload'
import { maxListLength } from '../../content/limits.ts'
import { shortText, summaryText } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'

/** News of the office's international work. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News item', th: 'ข่าว' }, plural: { en: 'News', th: 'ข่าว' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'date', '_status'] },
  defaultSort: '-date',
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    {
      name: 'date',
      label: { th: 'วันที่ข่าว', en: 'Date' },
      type: 'date',
      required: true,
      index: true,
      validate: standard('date'),
      access: { update: editorField },
      admin: { position: 'sidebar' },
    },
    { name: 'title', label: { th: 'หัวข้อข่าว', en: 'Headline' }, type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    { name: 'summary', label: { th: 'สรุปสั้น', en: 'Summary' }, type: 'textarea', localized: true, validate: allOf(requiredInThai, validateWith(summaryText)) },
    {
      name: 'body',
      label: { th: 'เนื้อข่าว', en: 'Article' },
      type: 'richText',
      localized: true,
      validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit),
    },
    { name: 'image', label: { th: 'ภาพประกอบ', en: 'Image' }, type: 'upload', relationTo: 'media', access: { update: editorField } },
    {
      name: 'cities',
      label: { th: 'เมืองที่เกี่ยวข้อง', en: 'Cities' },
      type: 'relationship',
      relationTo: 'cities',
      hasMany: true,
      maxRows: maxListLength,
      access: { update: editorField },
    },
    {
      name: 'terms',
      label: { th: 'คำศัพท์ที่ใช้', en: 'Glossary terms' },
      type: 'relationship',
      relationTo: 'glossary',
      hasMany: true,
      maxRows: maxListLength,
      access: { update: editorField },
    },
  ],
}
