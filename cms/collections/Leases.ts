import type { CollectionConfig } from 'payload'

/**
 * Leases (see cms/deploy/lease.ts): which CMS instance runs the job queue, and who is writing deploy bookkeeping.
 * Written by the instances themselves through the database adapter; no one reads or changes them over an API.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    { name: 'holder', type: 'text' },
    { name: 'expiresAt', type: 'date', index: true },
  ],
}
