import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/index.ts'
import { labelled } from '../fields/options.ts'
import { reminderThresholds } from './thresholds.ts'

const readOnly = { readOnly: true }

/**
 * The reminders the agreements job raised: one per agreement, threshold and expiry date (`key`, unique), so each is
 * raised and mailed once however often the job runs and on however many instances. Written by the job only.
 */
export const Reminders: CollectionConfig = {
  slug: 'reminders',
  labels: { singular: { th: 'การแจ้งเตือน', en: 'Reminder' }, plural: { th: 'การแจ้งเตือนความตกลง', en: 'Agreement reminders' } },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['agreement', 'threshold', 'expires', 'raisedAt', 'emailedAt', 'resolvedAt'],
    description: {
      th: 'ระบบแจ้งเตือนเมื่อความตกลงที่มีผลบังคับใช้จะหมดอายุใน 180, 90 และ 30 วัน และเมื่อเลยวันหมดอายุแล้ว ครั้งเดียวต่อช่วงเวลา',
      en: 'Raised when an agreement in force is 180, 90 and 30 days from expiry and once it is past expiry, once each.',
    },
  },
  defaultSort: '-raisedAt',
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', label: { th: 'รหัสการแจ้งเตือน', en: 'Key' }, type: 'text', required: true, unique: true, index: true, admin: readOnly },
    { name: 'agreement', label: { th: 'ความตกลง', en: 'Agreement' }, type: 'relationship', relationTo: 'agreements', required: true, admin: readOnly },
    {
      name: 'threshold',
      label: { th: 'ช่วงเวลา', en: 'Threshold' },
      type: 'select',
      required: true,
      options: labelled(reminderThresholds, {
        '180': { th: 'ภายใน 180 วัน', en: 'Within 180 days' },
        '90': { th: 'ภายใน 90 วัน', en: 'Within 90 days' },
        '30': { th: 'ภายใน 30 วัน', en: 'Within 30 days' },
        expired: { th: 'เลยวันหมดอายุแล้ว', en: 'Past expiry' },
      }),
      admin: readOnly,
    },
    { name: 'expires', label: { th: 'วันหมดอายุ', en: 'Expires' }, type: 'text', required: true, admin: readOnly },
    { name: 'raisedAt', label: { th: 'แจ้งเมื่อ', en: 'Raised at' }, type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'emailedAt', label: { th: 'ส่งอีเมลเมื่อ', en: 'E-mailed at' }, type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'emailAttempts', label: { th: 'จำนวนครั้งที่ส่งอีเมล', en: 'E-mail attempts' }, type: 'number', defaultValue: 0, admin: readOnly },
    { name: 'emailError', label: { th: 'ข้อผิดพลาดของอีเมล', en: 'E-mail error' }, type: 'textarea', admin: readOnly },
    {
      name: 'resolvedAt',
      label: { th: 'ปิดเมื่อ', en: 'Resolved at' },
      type: 'date',
      index: true,
      admin: {
        ...readOnly,
        description: { th: 'เมื่อความตกลงต่ออายุหรือเปลี่ยนสถานะแล้ว', en: 'When the agreement was renewed or its status changed.' },
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
  ],
}
