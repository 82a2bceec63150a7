import type { CollectionConfig } from 'payload'
import { maxListLength } from '../../content/limits.ts'
import { list, noteText, shortText, url } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { labelled } from '../fields/options.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'
import { importTbxEndpoint } from '../endpoints/importTbx.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'

const reviewStatuses = ['draft', 'in-review', 'approved'] as const

/** The glossary of city-government and international-relations terms, in five languages. */
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
    { name: 'term', label: { th: 'คำศัพท์', en: 'Term' }, type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    {
      name: 'definition',
      label: { th: 'ความหมาย', en: 'Definition' },
      type: 'richText',
      localized: true,
      validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit),
    },
    {
      name: 'romanization',
      label: { th: 'การถอดเสียงเป็นอักษรโรมัน', en: 'Romanization' },
      type: 'text',
      localized: true,
      validate: validateWith(shortText),
      admin: {
        description: {
          th: 'ภาษาไทยใช้หลักราชบัณฑิตยสถาน (RTGS) จีนใช้พินอินพร้อมวรรณยุกต์ ญี่ปุ่นใช้เฮปเบิร์น เกาหลีใช้ระบบทางการ',
          en: 'RTGS for Thai, Hanyu Pinyin with tone marks, Hepburn, Revised Romanization.',
        },
      },
    },
    {
      name: 'reading',
      label: { th: 'คำอ่าน', en: 'Reading' },
      type: 'text',
      localized: true,
      validate: validateWith(shortText),
      admin: {
        description: {
          th: 'คำอ่านสำหรับเรียงลำดับ เช่น อักษรคานะของคำภาษาญี่ปุ่นที่เขียนด้วยคันจิ',
          en: 'Phonetic reading for sorting, e.g. Japanese kana for a kanji term.',
        },
      },
    },
    {
      name: 'aliases',
      label: { th: 'ชื่อย่อและชื่ออื่น', en: 'Abbreviations and other names' },
      type: 'text',
      hasMany: true,
      localized: true,
      validate: validateWith(list(shortText)),
      admin: { description: { th: 'ชื่อย่อ ชื่ออื่น และการสะกดที่ยอมรับ', en: 'Abbreviations, other names, accepted spellings.' } },
    },
    {
      name: 'domain',
      label: { th: 'หมวดคำศัพท์', en: 'Subject field' },
      type: 'relationship',
      relationTo: 'domains',
      access: { update: editorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'related',
      label: { th: 'คำที่เกี่ยวข้อง', en: 'Related terms' },
      type: 'relationship',
      relationTo: 'glossary',
      hasMany: true,
      maxRows: maxListLength,
      access: { update: editorField },
    },
    {
      name: 'sources',
      label: { th: 'แหล่งอ้างอิง', en: 'Sources' },
      labels: { singular: { th: 'แหล่งอ้างอิง', en: 'Source' }, plural: { th: 'แหล่งอ้างอิง', en: 'Sources' } },
      type: 'array',
      access: { update: editorField },
      maxRows: maxListLength,
      fields: [
        { name: 'title', label: { th: 'ชื่อแหล่งอ้างอิง', en: 'Title' }, type: 'text', required: true, validate: validateWith(shortText) },
        { name: 'url', label: { th: 'ที่อยู่เว็บ', en: 'Web address' }, type: 'text', validate: validateWith(url) },
      ],
    },
    staffOnly({
      name: 'reviewStatus',
      label: { th: 'สถานะการตรวจทาน', en: 'Review status' },
      type: 'select',
      options: labelled(reviewStatuses, {
        draft: { th: 'ร่าง', en: 'Draft' },
        'in-review': { th: 'กำลังตรวจทาน', en: 'In review' },
        approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
      }),
      defaultValue: 'draft',
      admin: { position: 'sidebar' },
    }),
    staffOnly({ name: 'internalNote', label: { th: 'บันทึกภายใน', en: 'Internal note' }, type: 'textarea', validate: validateWith(noteText) }),
  ],
}
