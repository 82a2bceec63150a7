import type { CollectionConfig } from 'payload'
import { countryCode, isoDate, organizationKinds, url, wikidataId } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { coordinatesField } from '../fields/coordinates.ts'
import { dateHint } from '../fields/hints.ts'
import { editorChoice } from '../fields/options.ts'
import { peopleField } from '../fields/people.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'
import { movedFromField, previousSlugsField, slugField } from '../fields/slug.ts'
import { staffOnly } from '../fields/staffOnly.ts'
import { validateWith } from '../fields/validate.ts'
import { publishedContent } from './publishedContent.ts'

/** International organisations, city networks, embassies, consulates and foreign agencies: Bangkok's partners that are not cities. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: { en: 'Organisation', th: 'องค์กร' }, plural: { en: 'Organisations', th: 'องค์กรและหน่วยงานต่างประเทศ' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'country', '_status'], listSearchableFields: ['name', 'slug'] },
  ...publishedContent,
  fields: [
    slugField,
    previousSlugsField,
    movedFromField,
    { name: 'name', label: { th: 'ชื่อ', en: 'Name' }, type: 'text', localized: true, validate: requiredInThai },
    { name: 'aliases', label: { th: 'ชื่อย่อและชื่ออื่น', en: 'Abbreviations and other names' }, type: 'text', hasMany: true, localized: true },
    editorChoice('kind', { th: 'ประเภท', en: 'Kind' }, organizationKinds, {
      'international-organization': { th: 'องค์การระหว่างประเทศ', en: 'International organisation' },
      'city-network': { th: 'เครือข่ายเมือง', en: 'City network' },
      embassy: { th: 'สถานเอกอัครราชทูต', en: 'Embassy' },
      consulate: { th: 'สถานกงสุล', en: 'Consulate' },
      'foreign-agency': { th: 'หน่วยงานของต่างประเทศ', en: 'Foreign agency' },
      other: { th: 'อื่น ๆ', en: 'Other' },
    }),
    {
      name: 'country',
      label: { th: 'ประเทศ (รหัส 2 ตัวอักษร)', en: 'Country (2-letter code)' },
      type: 'text',
      validate: validateWith(countryCode),
      access: { update: editorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'since',
      label: { th: 'เป็นสมาชิกหรือร่วมมือตั้งแต่', en: 'Partner since' },
      type: 'text',
      validate: validateWith(isoDate),
      access: { update: editorField },
      admin: { position: 'sidebar', description: dateHint },
    },
    { name: 'url', label: { th: 'เว็บไซต์', en: 'Website' }, type: 'text', validate: validateWith(url), access: { update: editorField } },
    { name: 'wikidata', label: { th: 'รหัส Wikidata', en: 'Wikidata id' }, type: 'text', validate: validateWith(wikidataId), access: { update: editorField } },
    { name: 'summary', label: { th: 'สรุปสั้น', en: 'Summary' }, type: 'textarea', localized: true, validate: requiredInThai },
    { name: 'body', label: { th: 'รายละเอียด', en: 'Details' }, type: 'richText', localized: true },
    coordinatesField,
    { name: 'image', label: { th: 'ภาพปก', en: 'Cover image' }, type: 'upload', relationTo: 'media', access: { update: editorField } },
    {
      name: 'contact',
      label: { th: 'ช่องทางติดต่อ (เผยแพร่)', en: 'Public contact' },
      type: 'group',
      fields: [
        { name: 'office', label: { th: 'สำนักงาน', en: 'Office' }, type: 'text', localized: true },
        { name: 'address', label: { th: 'ที่อยู่', en: 'Address' }, type: 'textarea', localized: true },
        { name: 'phone', label: { th: 'โทรศัพท์', en: 'Telephone' }, type: 'text' },
        { name: 'email', label: { th: 'อีเมล', en: 'E-mail' }, type: 'email' },
      ],
    },
    peopleField(
      'internalContacts',
      { th: 'ผู้ประสานงาน', en: 'Contact people' },
      { th: 'ผู้ประสานงาน', en: 'Contact person' },
      {
        th: 'ผู้ประสานงานของหน่วยงานนี้ เป็นข้อมูลส่วนบุคคล ใช้ภายในกองเท่านั้น',
        en: 'Contact people: personal data, for this office only.',
      },
    ),
    staffOnly({ name: 'internalNotes', label: { th: 'บันทึกภายใน', en: 'Internal notes' }, type: 'textarea' }),
  ],
}
