import type { FieldHook, TextField } from 'payload'
import { formerPath as movedFrom, previousSlugs, slug } from '../../content/schema/index.ts'
import { editorField } from '../access/index.ts'
import { localizeSchemaMessage } from '../i18n/schemaMessages.ts'
import { validateWith } from './validate.ts'

/** The language-neutral URL segment: unique, ASCII, the same in every language. */
export const slugField: TextField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  validate: validateWith(slug),
  access: { update: editorField },
  label: { th: 'ชื่อในที่อยู่เว็บ (slug)', en: 'Web address name (slug)' },
  admin: {
    position: 'sidebar',
    description: {
      th: 'คำภาษาอังกฤษตัวพิมพ์เล็ก คั่นด้วยขีด เช่น "sister-city" เป็นส่วนหนึ่งของที่อยู่เว็บ ไม่ควรเปลี่ยนหลังเผยแพร่ ถ้าเปลี่ยน ที่อยู่เดิมยังพามาที่รายการนี้',
      en: 'Lowercase ASCII words joined by hyphens, e.g. "sister-city". Part of public URLs: avoid changing it once published; a renamed slug keeps redirecting to this entry.',
    },
  },
}

/**
 * Keeps the slugs a document had: when an editor renames it, the old slug joins `previousSlugs` (and a slug taken
 * back leaves it), so the site can redirect the old URLs. Read-only in the admin; the bundle carries it.
 */
const rememberRenamedSlug: FieldHook = ({ value, data, originalDoc }) => {
  const before = originalDoc?.slug as string | undefined
  const now = (data?.slug ?? before) as string | undefined
  const kept = ((value ?? originalDoc?.previousSlugs ?? []) as string[]).filter((s) => s !== now)
  return before && now && before !== now && !kept.includes(before) ? [...kept, before] : kept
}

export const previousSlugsField: TextField = {
  name: 'previousSlugs',
  type: 'text',
  hasMany: true,
  validate: validateWith(previousSlugs),
  access: { update: editorField },
  hooks: { beforeChange: [rememberRenamedSlug] },
  label: { th: 'ชื่อเดิมในที่อยู่เว็บ', en: 'Former slugs' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: { th: 'slug เดิมของรายการนี้ ที่อยู่เว็บเดิมจะพามาที่รายการนี้', en: 'Former slugs of this entry; their public URLs redirect to it.' },
  },
}

/** Where an entry was filed before it moved here from another collection (`cities/citynet`): those URLs redirect to it. */
export const movedFromField: TextField = {
  name: 'movedFrom',
  type: 'text',
  hasMany: true,
  validate: (values: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
    Array.isArray(values) && values.some((v) => !movedFrom.safeParse(v).success)
      ? localizeSchemaMessage('Each entry is "{collection}/{slug}", e.g. "cities/citynet".', req?.i18n?.language)
      : true,
  access: { update: editorField },
  label: { th: 'ย้ายมาจาก', en: 'Moved from' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      th: 'ที่อยู่เดิมในเนื้อหาประเภทอื่น ที่อยู่เว็บเดิมจะพามาที่รายการนี้',
      en: 'Former addresses in another collection; their public URLs redirect to this entry.',
    },
  },
}
