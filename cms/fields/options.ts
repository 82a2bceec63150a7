import type { Option } from 'payload'

/** Select options in Thai and English, from the schema's values and the words staff read. */
export const labelled = <V extends string>(values: readonly V[], labels: Record<V, { th: string; en: string }>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }))
