import type { CollectionConfig, Field } from 'payload'
import { maxListLength, maxShortTextLength } from '../../content/limits.ts'
import { countryCode, isoDate, languageTag, noteText, relationships, shortText, summaryText, text, url, wikidataId } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { coordinatesField } from '../fields/coordinates.ts'
import { galleryField } from '../fields/gallery.ts'
import { dateHint } from '../fields/hints.ts'
import { labelled } from '../fields/options.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { richTextWithinLimit } from '../fields/richTextLength.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { allOf, standard, validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'

const agreementLabels = { singular: { th: 'ความตกลง', en: 'Agreement' }, plural: { th: 'ความตกลง', en: 'Agreements' } }

/** An agreement; internal ones live in their own staff-only list, so field access keeps them from the public. */
const agreementFields: Field[] = [
  { name: 'title', label: { th: 'ชื่อความตกลง', en: 'Title' }, type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
  { name: 'date', label: { th: 'วันที่', en: 'Date' }, type: 'text', validate: validateWith(isoDate), admin: { description: dateHint } },
  { name: 'document', label: { th: 'เอกสาร (PDF)', en: 'Document (PDF)' }, type: 'upload', relationTo: 'media' },
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
    { name: 'name', label: { th: 'ชื่อเมือง', en: 'Name' }, type: 'text', localized: true, validate: allOf(requiredInThai, validateWith(shortText)) },
    {
      name: 'nativeName',
      label: { th: 'ชื่อในภาษาของเมืองนั้น', en: 'Native name' },
      type: 'group',
      admin: {
        description: {
          th: 'ชื่อเมืองในภาษาและตัวอักษรของเมืองนั้นเอง พร้อมรหัสภาษา (เช่น ja, ru, zh-Hans)',
          en: 'The name in the city’s own language, with its BCP 47 tag (e.g. ja, ru, zh-Hans).',
        },
      },
      fields: [
        { name: 'lang', label: { th: 'รหัสภาษา', en: 'Language tag' }, type: 'text', validate: validateWith(languageTag) },
        { name: 'value', label: { th: 'ชื่อ', en: 'Name' }, type: 'text', validate: validateWith(shortText) },
      ],
    },
    {
      name: 'country',
      label: { th: 'ประเทศ (รหัส 2 ตัวอักษร)', en: 'Country (2-letter code)' },
      type: 'text',
      required: true,
      validate: validateWith(countryCode),
      access: { update: editorField },
      admin: { position: 'sidebar', description: { th: 'รหัสประเทศ 2 ตัวอักษรพิมพ์ใหญ่ เช่น JP (ญี่ปุ่น)', en: 'ISO 3166-1 alpha-2, e.g. JP.' } },
    },
    {
      name: 'relationship',
      label: { th: 'ความสัมพันธ์กับกรุงเทพฯ', en: 'Relationship' },
      type: 'select',
      required: true,
      options: labelled(relationships, {
        'sister-city': { th: 'เมืองพี่เมืองน้อง', en: 'Sister city' },
        'friendship-city': { th: 'เมืองมิตรภาพ', en: 'Friendship city' },
        'partner-city': { th: 'เมืองคู่ความร่วมมือ', en: 'Partner city' },
        organization: { th: 'องค์กร (ข้อมูลรุ่นเก่า)', en: 'Organisation (older data)' },
      }),
      validate: standard('select'),
      access: { update: editorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'since',
      label: { th: 'เริ่มความสัมพันธ์เมื่อ', en: 'Since' },
      type: 'text',
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: {
        position: 'sidebar',
        description: {
          th: 'วันที่ลงนามความตกลง แบบ 2026-03-14 หรือเฉพาะปี (2026) ถ้าไม่แน่ใจวันที่',
          en: 'Date of the agreement: YYYY-MM-DD, or YYYY where only the year is certain.',
        },
      },
    },
    { name: 'summary', label: { th: 'สรุปสั้น', en: 'Summary' }, type: 'textarea', localized: true, validate: allOf(requiredInThai, validateWith(summaryText)) },
    {
      name: 'body',
      label: { th: 'ข้อมูลเมือง', en: 'Profile' },
      type: 'richText',
      localized: true,
      validate: allOf(requiredInThai, standard('richText'), richTextWithinLimit),
    },
    coordinatesField,
    { name: 'image', label: { th: 'ภาพปก', en: 'Cover image' }, type: 'upload', relationTo: 'media', access: { update: editorField } },
    galleryField,
    {
      name: 'agreements',
      label: { th: 'ความตกลงที่ลงนาม', en: 'Signed agreements' },
      labels: agreementLabels,
      type: 'array',
      maxRows: maxListLength,
      fields: agreementFields,
      admin: { description: { th: 'ความตกลงที่แสดงในหน้าเมืองบนเว็บไซต์', en: 'Signed agreements shown on the public profile.' } },
    },
    staffOnly({
      name: 'internalAgreements',
      label: { th: 'ความตกลงภายใน', en: 'Internal agreements' },
      labels: agreementLabels,
      type: 'array',
      maxRows: maxListLength,
      fields: agreementFields,
    }),
    {
      name: 'activities',
      label: { th: 'ลำดับเหตุการณ์', en: 'Timeline' },
      labels: { singular: { th: 'เหตุการณ์', en: 'Event' }, plural: { th: 'เหตุการณ์', en: 'Events' } },
      type: 'array',
      maxRows: maxListLength,
      fields: [
        { name: 'date', label: { th: 'วันที่', en: 'Date' }, type: 'text', required: true, validate: validateWith(isoDate), admin: { description: dateHint } },
        {
          name: 'text',
          label: { th: 'รายละเอียด', en: 'What happened' },
          type: 'textarea',
          localized: true,
          validate: allOf(requiredInThai, validateWith(summaryText)),
        },
      ],
    },
    {
      name: 'contact',
      label: { th: 'ช่องทางติดต่อ (เผยแพร่)', en: 'Public contact' },
      type: 'group',
      fields: [
        { name: 'office', label: { th: 'สำนักงาน', en: 'Office' }, type: 'text', localized: true, validate: validateWith(shortText) },
        { name: 'url', label: { th: 'เว็บไซต์', en: 'Website' }, type: 'text', validate: validateWith(url) },
      ],
    },
    { name: 'wikidata', label: { th: 'รหัส Wikidata', en: 'Wikidata id' }, type: 'text', validate: validateWith(wikidataId), access: { update: editorField } },
    staffOnly({
      name: 'internalContacts',
      label: { th: 'ผู้ประสานงาน (ภายใน)', en: 'Contact people (internal)' },
      labels: { singular: { th: 'ผู้ประสานงาน', en: 'Contact person' }, plural: { th: 'ผู้ประสานงาน', en: 'Contact people' } },
      type: 'array',
      maxRows: maxListLength,
      fields: [
        { name: 'name', label: { th: 'ชื่อ', en: 'Name' }, type: 'text', required: true, validate: validateWith(shortText) },
        { name: 'role', label: { th: 'ตำแหน่ง', en: 'Role' }, type: 'text', validate: validateWith(text(maxShortTextLength)) },
        { name: 'email', label: { th: 'อีเมล', en: 'E-mail' }, type: 'email', maxLength: maxShortTextLength },
        { name: 'phone', label: { th: 'โทรศัพท์', en: 'Telephone' }, type: 'text', validate: validateWith(text(maxShortTextLength)) },
      ],
    }),
    staffOnly({ name: 'internalNotes', label: { th: 'บันทึกภายใน', en: 'Internal notes' }, type: 'textarea', validate: validateWith(noteText) }),
  ],
}
