import type { ArrayField, Field } from 'payload'
import { isoDate } from '../../content/schema/index.ts'
import { dateHint } from './hints.ts'
import { staffOnly } from './staffOnly.ts'
import { validateWith } from './validate.ts'

type Words = { th: string; en: string }

/** A person's contact details: personal data, for the office's staff only. */
const personFields: Field[] = [
  { name: 'name', label: { th: 'ชื่อ', en: 'Name' }, type: 'text', required: true },
  { name: 'title', label: { th: 'ตำแหน่ง', en: 'Title' }, type: 'text' },
  { name: 'organization', label: { th: 'หน่วยงาน', en: 'Organisation' }, type: 'text' },
  { name: 'email', label: { th: 'อีเมล', en: 'E-mail' }, type: 'email' },
  { name: 'phone', label: { th: 'โทรศัพท์', en: 'Telephone' }, type: 'text' },
]

/** A staff-only list of people (contact people, members of a delegation). */
export const peopleField = (name: string, label: Words, one: Words, description: Words): ArrayField =>
  staffOnly({ name, label, labels: { singular: one, plural: label }, type: 'array', fields: personFields, admin: { description } })

/** Tasks that follow from an agreement or an activity, for the office's staff. */
export const followUpsField: ArrayField = staffOnly({
  name: 'followUps',
  label: { th: 'งานที่ต้องติดตาม', en: 'Follow-ups' },
  labels: { singular: { th: 'งาน', en: 'Task' }, plural: { th: 'งาน', en: 'Tasks' } },
  type: 'array',
  fields: [
    { name: 'action', label: { th: 'สิ่งที่ต้องทำ', en: 'What to do' }, type: 'text', required: true },
    { name: 'due', label: { th: 'กำหนดเสร็จ', en: 'Due' }, type: 'text', validate: validateWith(isoDate), admin: { description: dateHint } },
    { name: 'done', label: { th: 'เสร็จแล้ว', en: 'Done' }, type: 'checkbox' },
  ],
})
