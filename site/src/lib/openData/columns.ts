/**
 * The columns of a collection's CSV, derived from its schema (content/schema/) so that a new field becomes a column
 * without a code change: `slug`, then `id` (`{collection}/{slug}`), then every public field in schema order; a
 * localized field one column per locale (`title_th` ...), an object one column per field (`contact_url`), a list one
 * cell with its items joined, a list of objects one such column per field, item by item. Staff-only fields are never
 * columns; neither are images and their alternative text, which the site serves only resized, under build-made names.
 */
import type { z } from 'zod'
import {
  countryCode,
  isoDate,
  isoDateTime,
  languageTag,
  locales,
  registry,
  slug,
  unwrap,
  url,
  wikidataId,
  type CollectionName,
  type Locale,
  type Reference,
} from '../../../../content/schema/index.ts'

/** What a cell holds, before it becomes text. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'reference' | 'document' | 'json'
/** The string formats the schema's building blocks stand for. */
export type TextFormat = 'slug' | 'date' | 'datetime' | 'uri' | 'email' | 'country' | 'language' | 'wikidata' | 'markdown'

export interface Column {
  name: string
  /** Keys from the entry to the value; `*` stands for each item of a list (at most once: a list in a list is JSON). */
  path: string[]
  locale?: Locale
  /** The cell holds a list, items joined with the separator: the path crosses a list, or each locale's value is one. */
  list: boolean
  value: ValueKind
  required: boolean
  format?: TextFormat
  enum?: string[]
  minimum?: number
  maximum?: number
  reference?: Reference
}

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  entries?: Record<string, string>
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; format?: string } } }[]
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((check) => check._zod.def)
const isOptional = (schema: z.ZodType) => schema.safeParse(undefined).success

/** The building blocks a text field may be made of, and the format each stands for. */
const formats = new Map<z.ZodType, TextFormat>([
  [slug, 'slug'],
  [isoDate, 'date'],
  [isoDateTime, 'datetime'],
  [url, 'uri'],
  [countryCode, 'country'],
  [languageTag, 'language'],
  [wikidataId, 'wikidata'],
])

function textFormat(schema: z.ZodType): TextFormat | undefined {
  const known = formats.get(schema)
  if (known) return known
  const format = checksOf(schema).find((check) => check.check === 'string_format')?.format
  return format === 'email' ? 'email' : format === 'url' ? 'uri' : undefined
}

/** The leaf column of a scalar field (text, enum, number, boolean), a reference or a document. */
function leaf(schema: z.ZodType, base: Omit<Column, 'value'>): Column {
  const { schema: node, kind } = unwrap(schema)
  const def = defOf(node)
  if (kind.reference) return { ...base, value: 'reference', reference: kind.reference }
  if (kind.media) return { ...base, value: 'document', format: 'uri' }
  if (def.type === 'enum') return { ...base, value: 'text', enum: Object.values(def.entries ?? {}) }
  if (def.type === 'boolean') return { ...base, value: 'boolean' }
  if (def.type === 'number') {
    const bound = (check: string) => checksOf(node).find((c) => c.check === check)?.value
    return { ...base, value: 'number', minimum: bound('greater_than'), maximum: bound('less_than') }
  }
  if (def.type === 'string') return { ...base, value: 'text', format: kind.markdown ? 'markdown' : textFormat(node) }
  return { ...base, value: 'json' }
}

/** The images of an object's fields: those another field gives the alternative text of. */
const imagesOf = (shape: Record<string, z.ZodType>) => new Set(Object.values(shape).flatMap((field) => unwrap(field).kind.altOf ?? []))

/** The columns of a field; `required`: every row has a value (a list: at least one item). */
function columnsOf(schema: z.ZodType, path: string[], name: string, required: boolean, inList: boolean): Column[] {
  const { schema: node, kind } = unwrap(schema)
  if (kind.staffOnly || kind.altOf) return []
  const def = defOf(node)
  if (kind.localized) {
    return locales.flatMap((locale): Column[] => {
      const perLocale = def.shape?.[locale]
      if (!perLocale) return []
      const listValued = defOf(unwrap(perLocale).schema).type === 'array'
      const base = { name: `${name}_${locale}`, path, locale, list: inList || listValued, required: required && !isOptional(perLocale) }
      // A list in each locale of a list's items (none in the schemas yet) has no joined form: JSON.
      if (inList && listValued) return [{ ...base, value: 'json' as const }]
      return [{ ...base, value: 'text' as const, ...(kind.markdown && { format: 'markdown' as const }) }]
    })
  }
  if (def.type === 'object' && def.shape && !kind.reference) {
    const images = imagesOf(def.shape)
    return Object.entries(def.shape).flatMap(([key, field]) =>
      images.has(key) ? [] : columnsOf(field, [...path, key], `${name}_${key}`, required && !isOptional(field), inList),
    )
  }
  if (def.type === 'array' && def.element && !inList) {
    const atLeastOne = checksOf(node).some((check) => check.check === 'min_length' && (check.minimum ?? 0) > 0)
    return columnsOf(def.element, [...path, '*'], name, required && atLeastOne, true)
  }
  if (def.type === 'array') return [{ name, path, list: inList, required: false, value: 'json' }]
  return [leaf(schema, { name, path, list: inList, required })]
}

/** The columns of a collection's CSV. */
export function collectionColumns(collection: CollectionName): Column[] {
  const shape = registry[collection].schema.shape as Record<string, z.ZodType>
  const images = imagesOf(shape)
  const fields = Object.entries(shape).flatMap(([key, field]) => (images.has(key) ? [] : columnsOf(field, [key], key, !isOptional(field), false)))
  const [first, ...rest] = fields
  const id: Column = { name: 'id', path: [], list: false, value: 'text', required: true }
  return [first!, id, ...rest]
}
