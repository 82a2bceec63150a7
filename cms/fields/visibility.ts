import type { SelectField, TextField } from 'payload'
import { visibilities } from '../../content/schema/index.ts'
import { labelled } from './options.ts'
import { staffOnly } from './staffOnly.ts'

/** The four visibilities in the words staff read. */
export const visibilityOptions = labelled(visibilities, {
  public: { th: 'ทุกคน (เผยแพร่บนเว็บไซต์)', en: 'Everyone (public site)' },
  bma: { th: 'บุคลากร กทม. ทุกหน่วยงาน', en: 'Staff of every BMA unit' },
  office: { th: 'เฉพาะกองการต่างประเทศ', en: 'This office only' },
  restricted: { th: 'เฉพาะผู้มีรายชื่อ', en: 'Named staff only' },
})

/** Who may read an entry (or a document): see cms/access/visibility.ts. Public unless an editor says otherwise. */
export const visibilityField: SelectField = staffOnly({
  name: 'visibility',
  label: { th: 'ผู้มีสิทธิ์เห็น', en: 'Who may see it' },
  type: 'select',
  options: visibilityOptions,
  defaultValue: 'public',
  required: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      th: 'เฉพาะ "ทุกคน" เท่านั้นที่ขึ้นเว็บไซต์ "เฉพาะผู้มีรายชื่อ" คือผู้ดูแลระบบและผู้ที่ระบุไว้ด้านล่าง',
      en: 'Only "everyone" reaches the public site; "named staff only" means admins and the staff named below.',
    },
  },
})

/** The staff who may read a restricted entry besides the admins, by e-mail. */
export const readersField: TextField = staffOnly({
  name: 'readers',
  label: { th: 'ผู้มีรายชื่อ (อีเมล)', en: 'Named staff (e-mail)' },
  type: 'text',
  hasMany: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: { th: 'อีเมลของเจ้าหน้าที่ที่อ่านรายการนี้ได้เมื่อจำกัดเฉพาะผู้มีรายชื่อ', en: 'E-mail addresses of the staff who may read this entry when it is restricted.' },
  },
})
