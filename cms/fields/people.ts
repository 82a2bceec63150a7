import type { ArrayField, Field } from 'payload'
import { staffOnly } from './staffOnly.ts'

/** A person's contact details: personal data, for the office's staff only. */
const personFields: Field[] = [
  { name: 'name', type: 'text', required: true },
  { name: 'title', type: 'text' },
  { name: 'organization', type: 'text' },
  { name: 'email', type: 'email' },
  { name: 'phone', type: 'text' },
]

/** A staff-only list of people (contact people, members of a delegation). */
export const peopleField = (name: string, description: string): ArrayField => staffOnly({ name, type: 'array', fields: personFields, admin: { description } })

/** Tasks that follow from an agreement or an activity, for the office's staff. */
export const followUpsField: ArrayField = staffOnly({
  name: 'followUps',
  type: 'array',
  fields: [
    { name: 'action', type: 'text', required: true },
    { name: 'due', type: 'text' },
    { name: 'done', type: 'checkbox' },
  ],
})
