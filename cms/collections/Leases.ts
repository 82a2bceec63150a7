import type { CollectionConfig } from 'payload'

/**
 * Leases (see cms/deploy/lease.ts): which CMS instance runs the job queue, and who is writing deploy bookkeeping.
 * Written by the instances themselves through the database adapter; no one reads or changes them over an API.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  labels: { singular: { en: 'Lease', th: 'สิทธิ์ทำงานชั่วคราว' }, plural: { en: 'Leases', th: 'สิทธิ์ทำงานชั่วคราว' } },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'name', label: { en: 'Work', th: 'งาน' }, type: 'text', required: true, unique: true, index: true },
    { name: 'holder', label: { en: 'Held by instance', th: 'เครื่องที่ถือสิทธิ์' }, type: 'text' },
    { name: 'expiresAt', label: { en: 'Expires at', th: 'หมดอายุเมื่อ' }, type: 'date', index: true },
  ],
}
