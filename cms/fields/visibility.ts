import type { SelectField, TextField } from 'payload'
import { visibilities } from '../../content/schema/index.ts'
import { staffOnly } from './staffOnly.ts'

/** Who may read an entry (or a document): see cms/access/visibility.ts. Public unless an editor says otherwise. */
export const visibilityField: SelectField = staffOnly({
  name: 'visibility',
  type: 'select',
  options: [...visibilities],
  defaultValue: 'public',
  required: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'public: everyone · bma: staff of every BMA unit · office: this office · restricted: admins and the staff named below.',
  },
})

/** The staff who may read a restricted entry besides the admins, by e-mail. */
export const readersField: TextField = staffOnly({
  name: 'readers',
  type: 'text',
  hasMany: true,
  index: true,
  admin: { position: 'sidebar', description: 'E-mail addresses of the staff who may read this entry when it is restricted.' },
})
