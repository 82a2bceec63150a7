import type { Field } from 'payload'
import { staffField } from '../access/index.ts'

/** Marks fields as internal: readable and writable by staff only, never in the public API, snapshot or site. */
export function staffOnly<F extends Field>(field: F): F {
  return {
    ...field,
    access: { read: staffField, create: staffField, update: staffField },
    admin: { ...field.admin, description: 'Internal: staff only, never published.' },
  } as F
}
