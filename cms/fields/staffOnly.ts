import type { Field } from 'payload'
import { staffField } from '../access/index.ts'

const internal = { th: 'ข้อมูลภายใน: เฉพาะเจ้าหน้าที่ ไม่เผยแพร่', en: 'Internal: staff only, never published.' }

/** Marks fields as internal: readable and writable by staff only, never in the public API, snapshot or site. */
export function staffOnly<F extends Field>(field: F): F {
  const own = (field.admin as { description?: unknown } | undefined)?.description
  return {
    ...field,
    access: { read: staffField, create: staffField, update: staffField },
    admin: { ...field.admin, description: own ?? internal },
  } as F
}
