import type { CollectionConfig } from 'payload'
import { apiGuards } from '../../hooks/apiGuards.ts'
import { isAdmin, isStaff } from '../../access/index.ts'
import { labelled } from '../../fields/options.ts'
import { deployNow } from './endpoints/deployNow.ts'

const readOnlySidebar = { readOnly: true, position: 'sidebar' as const }
const dayAndTime = { pickerAppearance: 'dayAndTime' as const }

/**
 * Every rebuild of the public site: what triggered it (documents and people), its state and timing, and the error
 * of a failed one. Written by the deploy job; staff read it, admins may start one by hand ("Deploy now").
 */
export const Deploys: CollectionConfig = {
  slug: 'deploys',
  labels: { singular: { en: 'Deploy', th: 'การเผยแพร่เว็บไซต์' }, plural: { en: 'Deploys', th: 'การเผยแพร่เว็บไซต์' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'target', 'queuedAt', 'durationMs'],
    description: {
      th: 'ทุกครั้งที่เผยแพร่ ยกเลิกการเผยแพร่ หรือลบเนื้อหาสาธารณะ ระบบจะสร้างเว็บไซต์ใหม่ รายการล่าสุดอยู่บนสุด ถ้าไม่สำเร็จ เปิดรายการเพื่อดูสาเหตุ',
      en: 'Every publish, unpublish or deletion of public content rebuilds the public site. The latest rebuild is on top; open a failed one to see why.',
    },
    components: { beforeListTable: ['/components/DeployNowButton.tsx#DeployNowButton'] },
  },
  defaultSort: '-queuedAt',
  // Deploy records are written by the deploy job only ("Deploy now" asks for one); admins may delete old ones.
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  endpoints: [deployNow],
  hooks: { beforeOperation: [...apiGuards] },
  fields: [
    { name: 'title', label: { th: 'สิ่งที่เปลี่ยน', en: 'What changed' }, type: 'text', admin: { readOnly: true } },
    {
      name: 'state',
      label: { th: 'สถานะ', en: 'State' },
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: labelled(['queued', 'building', 'live', 'failed'], {
        queued: { th: 'รอคิว', en: 'Queued' },
        building: { th: 'กำลังสร้าง', en: 'Building' },
        live: { th: 'ออนไลน์แล้ว', en: 'Live' },
        failed: { th: 'ไม่สำเร็จ', en: 'Failed' },
      }),
      index: true,
      admin: readOnlySidebar,
    },
    {
      name: 'target',
      label: { th: 'ปลายทาง', en: 'Target' },
      type: 'select',
      options: labelled(['netlify', 'local'], { netlify: { th: 'Netlify', en: 'Netlify' }, local: { th: 'เครื่องนี้', en: 'This server' } }),
      admin: readOnlySidebar,
    },
    {
      name: 'changes',
      label: { th: 'การเปลี่ยนแปลง', en: 'Changes' },
      labels: { singular: { th: 'การเปลี่ยนแปลง', en: 'Change' }, plural: { th: 'การเปลี่ยนแปลง', en: 'Changes' } },
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'collection', label: { th: 'ประเภทเนื้อหา', en: 'Collection' }, type: 'text' },
        { name: 'slug', label: { th: 'รายการ (slug)', en: 'Entry (slug)' }, type: 'text' },
        {
          name: 'action',
          label: { th: 'การกระทำ', en: 'Action' },
          type: 'select',
          options: labelled(['publish', 'update', 'unpublish', 'delete', 'media', 'manual', 'import'], {
            publish: { th: 'เผยแพร่', en: 'Publish' },
            update: { th: 'แก้ไขเนื้อหาที่เผยแพร่', en: 'Update' },
            unpublish: { th: 'ยกเลิกการเผยแพร่', en: 'Unpublish' },
            delete: { th: 'ลบ', en: 'Delete' },
            media: { th: 'เปลี่ยนไฟล์สื่อ', en: 'Media file changed' },
            manual: { th: 'สั่งเผยแพร่เอง', en: 'Started by hand' },
            import: { th: 'นำเข้าข้อมูล', en: 'Import' },
          }),
        },
        { name: 'by', label: { th: 'โดย', en: 'By' }, type: 'text' },
        { name: 'at', label: { th: 'เวลา', en: 'At' }, type: 'date', admin: { date: dayAndTime } },
      ],
    },
    {
      name: 'changeCount',
      label: { th: 'จำนวนการเปลี่ยนแปลง', en: 'Number of changes' },
      type: 'number',
      admin: {
        ...readOnlySidebar,
        description: { th: 'การเปลี่ยนแปลงทั้งหมดในรอบนี้ ด้านบนแสดง 25 รายการแรก', en: 'All changes in this deploy; the list above shows the first 25.' },
      },
    },
    {
      name: 'notBefore',
      label: { th: 'เริ่มสร้างไม่ก่อน', en: 'Not before' },
      type: 'date',
      admin: {
        ...readOnlySidebar,
        description: { th: 'ระบบรอให้การแก้ไขหยุดสักครู่ก่อนเริ่มสร้าง', en: 'The build starts no earlier than this.' },
        date: dayAndTime,
      },
    },
    { name: 'lastChangeAt', label: { th: 'เปลี่ยนแปลงล่าสุด', en: 'Last change' }, type: 'date', admin: { ...readOnlySidebar, date: dayAndTime } },
    { name: 'queuedAt', label: { th: 'เข้าคิวเมื่อ', en: 'Queued at' }, type: 'date', index: true, admin: { ...readOnlySidebar, date: dayAndTime } },
    { name: 'startedAt', label: { th: 'เริ่มเมื่อ', en: 'Started at' }, type: 'date', admin: { ...readOnlySidebar, date: dayAndTime } },
    { name: 'finishedAt', label: { th: 'เสร็จเมื่อ', en: 'Finished at' }, type: 'date', admin: { ...readOnlySidebar, date: dayAndTime } },
    { name: 'durationMs', label: { th: 'ใช้เวลา (มิลลิวินาที)', en: 'Duration (ms)' }, type: 'number', admin: readOnlySidebar },
    { name: 'attempts', label: { th: 'จำนวนครั้งที่ลอง', en: 'Attempts' }, type: 'number', defaultValue: 0, admin: readOnlySidebar },
    {
      name: 'error',
      label: { th: 'สาเหตุที่ไม่สำเร็จ', en: 'Why it failed' },
      type: 'textarea',
      admin: { readOnly: true, description: { th: 'ข้อความจากระบบสร้างเว็บไซต์ ส่งให้ผู้ดูแลระบบได้', en: 'What the build reported; pass it on to an administrator.' } },
    },
  ],
}
