import type { CollectionConfig } from 'payload'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { slugField } from '../fields/slug.ts'
import { publishedContent } from './publishedContent.ts'

/** The glossary's subject fields: editors add and name them, no developer or migration needed. */
export const Domains: CollectionConfig = {
  slug: 'domains',
  labels: { singular: { en: 'Subject field', th: 'หมวดคำศัพท์' }, plural: { en: 'Subject fields', th: 'หมวดคำศัพท์' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'] },
  ...publishedContent,
  fields: [slugField, { name: 'name', label: { th: 'ชื่อหมวด', en: 'Name' }, type: 'text', localized: true, validate: requiredInThai }],
}
