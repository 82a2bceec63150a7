import type { TextField } from 'payload'
import { slug } from '../../content/schema.ts'
import { editorField } from '../access/index.ts'
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
  admin: { position: 'sidebar', description: 'Lowercase ASCII words joined by hyphens, e.g. "sister-city". Part of public URLs: do not change once published.' },
}
