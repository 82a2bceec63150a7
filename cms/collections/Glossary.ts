import type { CollectionConfig } from 'payload'
import { maxListLength } from '../../content/limits.ts'
import { list, noteText, shortText, url } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'
import { importTbxEndpoint } from '../endpoints/importTbx.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'

export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: { en: 'Glossary term', th: 'คำศัพท์' }, plural: { en: 'Glossary', th: 'อภิธานศัพท์' } },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'slug', 'domain', '_status', 'updatedAt'],
    listSearchableFields: ['term', 'slug', 'romanization'],
    // Terminologists exchange TBX with translation tools: editors merge their files here (cms/endpoints/importTbx.ts).
    components: { beforeListTable: ['/components/ImportTbx.tsx#ImportTbx'] },
  },
  endpoints: [importTbxEndpoint],
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'term', type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    { name: 'definition', type: 'richText', localized: true, validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit) },
    {
      name: 'romanization',
      type: 'text',
      localized: true,
      validate: validateWith(shortText),
      admin: { description: 'RTGS for Thai, Hanyu Pinyin with tone marks, Hepburn, Revised Romanization.' },
    },
    {
      name: 'reading',
      type: 'text',
      localized: true,
      validate: validateWith(shortText),
      admin: { description: 'Phonetic reading for sorting, e.g. Japanese kana for a kanji term.' },
    },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      localized: true,
      validate: validateWith(list(shortText)),
      admin: { description: 'Abbreviations, other names, accepted spellings.' },
    },
    { name: 'domain', type: 'relationship', relationTo: 'domains', access: { update: editorField }, admin: { position: 'sidebar' } },
    { name: 'related', type: 'relationship', relationTo: 'glossary', hasMany: true, maxRows: maxListLength, access: { update: editorField } },
    {
      name: 'sources',
      type: 'array',
      access: { update: editorField },
      maxRows: maxListLength,
      fields: [
        { name: 'title', type: 'text', required: true, validate: validateWith(shortText) },
        { name: 'url', type: 'text', validate: validateWith(url) },
      ],
    },
    staffOnly({ name: 'reviewStatus', type: 'select', options: ['draft', 'in-review', 'approved'], defaultValue: 'draft', admin: { position: 'sidebar' } }),
    staffOnly({ name: 'internalNote', type: 'textarea', validate: validateWith(noteText) }),
  ],
}
