import type { CollectionConfig } from 'payload'
import { activityKinds, endProblem, isoDate } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { editorChoice } from '../fields/options.ts'
import { galleryField } from '../fields/gallery.ts'
import { dateHint } from '../fields/hints.ts'
import { followUpsField, peopleField } from '../fields/people.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { validateWith } from '../fields/validate.ts'
import { readersField, visibilityField } from '../fields/visibility.ts'
import { importSheetLink } from '../components/SheetImport/importSheetLink.ts'
import { visibleContent } from './publishedContent.ts'

/** Visits both ways, delegations, meetings, conferences, exchange programmes, projects and training with partners. */
export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: { en: 'Activity', th: 'กิจกรรม' }, plural: { en: 'Activities', th: 'กิจกรรมความร่วมมือ' } },
  admin: {
    components: { beforeListTable: [importSheetLink('activities')] },
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', '_status'],
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: '-start',
  ...visibleContent,
  fields: [
    slugField,
    previousSlugsField,
    { name: 'title', label: { th: 'ชื่อกิจกรรม', en: 'Title' }, type: 'text', localized: true, validate: requiredInThai },
    editorChoice('kind', { th: 'ประเภท', en: 'Kind' }, activityKinds, {
      'incoming-visit': { th: 'คณะจากต่างประเทศเยือนกรุงเทพฯ', en: 'Incoming visit' },
      'outgoing-visit': { th: 'คณะกรุงเทพฯ เยือนต่างประเทศ', en: 'Outgoing visit' },
      meeting: { th: 'การประชุมหารือ', en: 'Meeting' },
      conference: { th: 'การประชุมนานาชาติ', en: 'Conference' },
      'exchange-programme': { th: 'โครงการแลกเปลี่ยน', en: 'Exchange programme' },
      project: { th: 'โครงการความร่วมมือ', en: 'Project' },
      training: { th: 'การฝึกอบรม', en: 'Training' },
      other: { th: 'อื่น ๆ', en: 'Other' },
    }),
    {
      name: 'start',
      label: { th: 'วันเริ่ม', en: 'Start' },
      type: 'text',
      required: true,
      index: true,
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: { position: 'sidebar', description: dateHint },
    },
    {
      name: 'end',
      label: { th: 'วันสิ้นสุด', en: 'End' },
      type: 'text',
      validate: validateWith(isoDate, (value, { siblingData }) => endProblem(siblingData?.start as string | undefined, value as string)),
      access: { update: editorField },
      admin: {
        position: 'sidebar',
        description: { th: 'ปี ค.ศ.-เดือน-วัน เว้นว่างไว้ถ้าเป็นกิจกรรมวันเดียว', en: 'YYYY-MM-DD (or YYYY-MM, YYYY); empty for a single day.' },
      },
    },
    {
      name: 'partners',
      label: { th: 'คู่ความร่วมมือ', en: 'Partners' },
      type: 'relationship',
      relationTo: ['cities', 'organizations'],
      hasMany: true,
      required: true,
      minRows: 1,
      access: { update: editorField },
    },
    { name: 'place', label: { th: 'สถานที่', en: 'Place' }, type: 'text', localized: true },
    {
      name: 'units',
      label: { th: 'หน่วยงานของ กทม. ที่ร่วม', en: 'BMA units involved' },
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      access: { update: editorField },
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
      name: 'agreement',
      label: { th: 'ภายใต้ความตกลง', en: 'Under the agreement' },
      type: 'relationship',
      relationTo: 'agreements',
      access: { update: editorField },
    },
    { name: 'summary', label: { th: 'สรุปสั้น', en: 'Summary' }, type: 'textarea', localized: true },
    { name: 'body', label: { th: 'รายละเอียด', en: 'Details' }, type: 'richText', localized: true },
    { name: 'image', label: { th: 'ภาพปก', en: 'Cover image' }, type: 'upload', relationTo: 'media', access: { update: editorField } },
    galleryField,
    visibilityField,
    readersField,
    peopleField(
      'delegation',
      { th: 'คณะผู้แทน', en: 'Delegation' },
      { th: 'สมาชิก', en: 'Member' },
      {
        th: 'ชื่อและตำแหน่งของสมาชิกคณะ เป็นข้อมูลส่วนบุคคล ใช้ภายในกองเท่านั้น',
        en: 'Members of the delegation, names and titles: personal data, for this office only.',
      },
    ),
    staffOnly({ name: 'outcomes', label: { th: 'ผลที่ได้', en: 'Outcomes' }, type: 'textarea' }),
    followUpsField,
    staffOnly({ name: 'internalNotes', label: { th: 'บันทึกภายใน', en: 'Internal notes' }, type: 'textarea' }),
  ],
}
