import type { Option, SelectField } from 'payload'
import { editorField } from '../access/index.ts'

type Label = { th: string; en: string }

/** Select options in Thai and English, from the schema's values and the words staff read. */
export const labelled = <V extends string>(values: readonly V[], labels: Record<V, Label>): Option[] => values.map((value) => ({ value, label: labels[value] }))

/** A required choice in the sidebar that only editors change (a kind, a status): the same for every language. */
export const editorChoice = <V extends string>(name: string, label: Label, values: readonly V[], labels: Record<V, Label>): SelectField => ({
  name,
  label,
  type: 'select',
  required: true,
  access: { update: editorField },
  admin: { position: 'sidebar' },
  options: labelled(values, labels),
})
