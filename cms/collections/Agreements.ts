import type { CollectionConfig, Field } from 'payload'
import { agreementKinds, agreementStatuses, documentVisibilityProblem, expiryProblem, isoDate, languageTag } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { itemVisibleTo } from '../access/visibility.ts'
import { localizeSchemaMessage } from '../i18n/schemaMessages.ts'
import { editorChoice } from '../fields/options.ts'
import { dateHint } from '../fields/hints.ts'
import { followUpsField } from '../fields/people.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { validateWith } from '../fields/validate.ts'
import { readersField, visibilityField, visibilityOptions } from '../fields/visibility.ts'
import { importSheetLink } from '../components/SheetImport/importSheetLink.ts'
import { visibleContent } from './publishedContent.ts'

/** A signed document: each field is read only by those who may read the document's own visibility. */
const documentFields: Field[] = [
  { name: 'file', label: { th: 'ไฟล์ (PDF)', en: 'File (PDF)' }, type: 'upload', relationTo: 'media', required: true, access: { read: itemVisibleTo } },
  {
    name: 'lang',
    label: { th: 'ภาษาของเอกสาร', en: 'Language of the document' },
    type: 'text',
    required: true,
    validate: validateWith(languageTag),
    access: { read: itemVisibleTo },
    admin: {
      description: {
        th: 'ภาษาที่ใช้ลงนาม เป็นรหัสภาษา เช่น th, en, ja, zh-Hans, ko',
        en: 'The language it was signed in, as a BCP 47 tag: th, en, ja, zh-Hans, ko, ...',
      },
    },
  },
  { name: 'title', label: { th: 'ชื่อเอกสาร', en: 'Title' }, type: 'text', localized: true, access: { read: itemVisibleTo } },
  staffOnly({
    name: 'visibility',
    label: { th: 'ผู้มีสิทธิ์เห็นเอกสาร', en: 'Who may see the document' },
    type: 'select',
    options: visibilityOptions,
    defaultValue: 'public',
    validate: (value: unknown, { data, req }: { data?: { visibility?: string }; req?: { i18n?: { language?: string } } }) => {
      const problem = documentVisibilityProblem(data?.visibility, value as string)
      return problem ? localizeSchemaMessage(problem, req?.i18n?.language) : true
    },
  }),
]

/** Signed agreements (MOUs, sister-city and friendship agreements ...) with cities and organisations, and their documents. */
export const Agreements: CollectionConfig = {
  slug: 'agreements',
  labels: { singular: { en: 'Agreement', th: 'ความตกลง' }, plural: { en: 'Agreements', th: 'ความตกลงและบันทึกความเข้าใจ' } },
  admin: {
    components: { beforeListTable: [importSheetLink('agreements')] },
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'signed', 'expires', '_status'],
    listSearchableFields: ['title', 'slug'],
  },
  ...visibleContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'title', label: { th: 'ชื่อความตกลง', en: 'Title' }, type: 'text', localized: true, validate: requiredInThai },
    editorChoice('kind', { th: 'ประเภท', en: 'Kind' }, agreementKinds, {
      'sister-city': { th: 'บ้านพี่เมืองน้อง', en: 'Sister-city agreement' },
      friendship: { th: 'ความสัมพันธ์ฉันมิตร', en: 'Friendship agreement' },
      mou: { th: 'บันทึกความเข้าใจ (MOU)', en: 'Memorandum of understanding' },
      'letter-of-intent': { th: 'หนังสือแสดงเจตจำนง', en: 'Letter of intent' },
      cooperation: { th: 'ความตกลงความร่วมมือ', en: 'Cooperation agreement' },
      other: { th: 'อื่น ๆ', en: 'Other' },
    }),
    {
      name: 'partners',
      label: { th: 'คู่ภาคี', en: 'Partners' },
      type: 'relationship',
      relationTo: ['cities', 'organizations'],
      hasMany: true,
      required: true,
      minRows: 1,
      access: { update: editorField },
    },
    editorChoice('status', { th: 'สถานะความตกลง', en: 'Status' }, agreementStatuses, {
      'in-force': { th: 'มีผลบังคับใช้', en: 'In force' },
      expired: { th: 'หมดอายุแล้ว', en: 'Expired' },
      'under-negotiation': { th: 'อยู่ระหว่างเจรจา', en: 'Under negotiation' },
      terminated: { th: 'สิ้นสุดแล้ว', en: 'Terminated' },
    }),
    {
      name: 'signed',
      label: { th: 'วันที่ลงนาม', en: 'Signed' },
      type: 'text',
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: { position: 'sidebar', description: dateHint },
    },
    {
      name: 'expires',
      label: { th: 'วันหมดอายุ', en: 'Expires' },
      type: 'text',
      validate: validateWith(isoDate, (value, { siblingData }) => expiryProblem(siblingData?.signed as string | undefined, value as string)),
      access: { update: editorField },
      admin: { position: 'sidebar', description: dateHint },
    },
    {
      name: 'sectors',
      label: { th: 'ด้านความร่วมมือ', en: 'Sectors' },
      type: 'relationship',
      relationTo: 'domains',
      hasMany: true,
      access: { update: editorField },
    },
    {
      name: 'signatories',
      label: { th: 'ผู้ลงนาม', en: 'Signatories' },
      labels: { singular: { th: 'ผู้ลงนาม', en: 'Signatory' }, plural: { th: 'ผู้ลงนาม', en: 'Signatories' } },
      type: 'array',
      fields: [
        { name: 'name', label: { th: 'ชื่อ', en: 'Name' }, type: 'text', localized: true, validate: requiredInThai },
        { name: 'title', label: { th: 'ตำแหน่ง', en: 'Title' }, type: 'text', localized: true },
      ],
    },
    { name: 'summary', label: { th: 'สรุปสั้น', en: 'Summary' }, type: 'textarea', localized: true },
    { name: 'body', label: { th: 'รายละเอียด', en: 'Details' }, type: 'richText', localized: true },
    {
      name: 'documents',
      label: { th: 'เอกสารที่ลงนาม', en: 'Signed documents' },
      labels: { singular: { th: 'เอกสาร', en: 'Document' }, plural: { th: 'เอกสาร', en: 'Documents' } },
      type: 'array',
      fields: documentFields,
    },
    visibilityField,
    readersField,
    staffOnly({
      name: 'councilApproval',
      label: { th: 'มติสภากรุงเทพมหานคร', en: 'Council approval' },
      type: 'text',
      admin: { description: { th: 'เลขที่มติและวันที่', en: 'Resolution number and date.' } },
    }),
    staffOnly({ name: 'internalNotes', label: { th: 'บันทึกภายใน', en: 'Internal notes' }, type: 'textarea' }),
    followUpsField,
  ],
}
