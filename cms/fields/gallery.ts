import type { ArrayField } from 'payload'
import { maxListLength } from '../../content/limits.ts'
import { editorField } from '../access/index.ts'
import { standard } from './validate.ts'

/** Further photos of an entry (their alternative text lives on each media item): changed by editors. */
export const galleryField: ArrayField = {
  name: 'gallery',
  label: { th: 'ภาพเพิ่มเติม', en: 'Photos' },
  labels: { singular: { th: 'ภาพ', en: 'Photo' }, plural: { th: 'ภาพ', en: 'Photos' } },
  type: 'array',
  maxRows: maxListLength,
  access: { update: editorField },
  fields: [{ name: 'image', label: { th: 'ภาพ', en: 'Image' }, type: 'upload', relationTo: 'media', required: true, validate: standard('upload') }],
}
