import type { CollectionConfig } from 'payload'
import { apiGuards } from '../hooks/apiGuards.ts'
import { isEditor } from '../access/index.ts'
import { forgetPublicReadsOnChange, forgetPublicReadsOnDelete } from '../hooks/forgetPublicReads.ts'
import { rejectUnknownLocale } from '../hooks/rejectUnknownLocale.ts'
import { requireThaiFirst } from '../hooks/requireThaiFirst.ts'
import { requiredInThai } from '../fields/requiredInThai.ts'

/**
 * The BMA's units (offices, departments, districts) that take part in activities: one managed list, so each unit
 * has one name in each language. Bundles name units inline (an activity's `units`); an import adds missing ones.
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { en: 'BMA unit', th: 'หน่วยงานของ กทม.' }, plural: { en: 'BMA units', th: 'หน่วยงานของ กทม.' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'updatedAt'] },
  // Unit names appear on public activity pages.
  access: { read: () => true, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [...apiGuards, rejectUnknownLocale, requireThaiFirst],
    afterChange: [forgetPublicReadsOnChange],
    afterDelete: [forgetPublicReadsOnDelete],
  },
  fields: [{ name: 'name', label: { th: 'ชื่อหน่วยงาน', en: 'Name' }, type: 'text', localized: true, validate: requiredInThai, index: true }],
}
