/**
 * The column layout of a spreadsheet of one collection, derived from the collection's schema rather than kept by
 * hand: a localized field is a column per language (`title_th`, `title_en`, ...), a list of values one cell (items
 * separated by `;`), an object's fields are dotted (`coordinates.lat`), a list of records is numbered columns
 * (`documents.1.file`, `documents.2.file`). `columnTemplates` is the layout, `resolveHeader` reads a header by it.
 */
import type { z } from 'zod'
import { isoDate, isoDateTime, locales, registry, slug, unwrap, type CollectionName, type FieldKind } from '../schema/index.ts'

/** Separates the items of a list written in one cell; a line break inside the cell separates them too. */
export const listSeparator = ';'
const itemSplitter = /;|\r?\n/

/** What a cell holds once read: text (also dates, choices, references and Markdown), a number, or TRUE/FALSE. */
export type CellType = 'text' | 'number' | 'boolean'

/** One column, or a family of them: `{lang}` stands for each locale, `{n}` for an item's number (from 1). */
export interface ColumnTemplate {
  /** The header, e.g. `title_{lang}`, `documents.{n}.file`, `partners`. */
  header: string
  /** Where the cell goes in an entry: keys, `{lang}`, `{n}` (the numbered item) and `*` (each item of a list in one cell). */
  path: string[]
  type: CellType
  /** The cell holds a list of items. */
  list: boolean
  /** A value of a known form: an ISO date (checked for years of the Buddhist era), or a slug. */
  format?: 'date' | 'slug'

  /** The choices of an enumeration. */
  choices?: readonly string[]
  /** The kinds recorded on the field (reference, media, Markdown, staff only). */
  kind: FieldKind
  /** Whether an entry (an item, for a numbered column) must have it: `yes`, `th` (the Thai column of a localized field), `no`. */
  required: 'yes' | 'th' | 'no'
}

/** A header of a sheet, read by the layout: which template it is and the concrete path it writes. */
export interface Column {
  header: string
  template: ColumnTemplate
  /** The path with `{lang}` and `{n}` filled in (`{n}` as the list index, from 0); `*` stays. */
  path: (string | number)[]
}

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  entries?: Record<string, string>
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def
const isOptional = (schema: z.ZodType) => ['optional', 'default'].includes(defOf(schema).type)

function scalarType(schema: z.ZodType, where: string): { type: CellType; choices?: readonly string[] } {
  const def = defOf(schema)
  if (def.type === 'string') return { type: 'text' }
  if (def.type === 'enum') return { type: 'text', choices: Object.values(def.entries ?? {}) }
  if (def.type === 'number') return { type: 'number' }
  if (def.type === 'boolean') return { type: 'boolean' }
  throw new Error(`The spreadsheet layout cannot express ${where} (a ${def.type})`)
}

/** The layout of a collection's sheet, in schema order. */
export function columnTemplates(collection: CollectionName): ColumnTemplate[] {
  const templates: ColumnTemplate[] = []
  const walk = (field: z.ZodType, path: string[], header: string, required: boolean, spread: boolean, staff = false) => {
    const own = unwrap(field)
    const { schema } = own
    // Inside a staff-only field, every column is staff only.
    const kind: FieldKind = staff ? { ...own.kind, staffOnly: true } : own.kind
    const def = defOf(schema)
    const add = (leaf: z.ZodType, extra: Partial<ColumnTemplate> & Pick<ColumnTemplate, 'header' | 'path' | 'required'>) => {
      const { schema: node } = unwrap(leaf)
      const listed = defOf(node).type === 'array'
      // A list's kind (a reference, say) is recorded on its items.
      const { schema: scalar, kind: itemKind } = listed ? unwrap(defOf(node).element!) : { schema: node, kind: {} }
      const format = scalar === isoDate || scalar === isoDateTime ? 'date' : scalar === slug ? 'slug' : undefined
      templates.push({ ...scalarType(scalar, extra.header), list: listed || spread, format, kind: { ...itemKind, ...kind }, ...extra })
    }
    if (kind.localized) {
      const perLocale = def.shape!
      const thaiRequired = required && !isOptional(perLocale.th!)
      add(perLocale.th!, { header: `${header}_{lang}`, path: [...path, '{lang}'], required: thaiRequired ? 'th' : 'no' })
      return
    }
    if (def.type === 'object' && def.shape) {
      for (const [key, sub] of Object.entries(def.shape))
        walk(sub, [...path, key], header ? `${header}.${key}` : key, required && !isOptional(sub), spread, kind.staffOnly)
      return
    }
    if (def.type === 'array' && def.element) {
      const { schema: item, kind: itemKind } = unwrap(def.element)
      const itemDef = defOf(item)
      if (itemKind.localized) return walk(def.element, [...path, '*'], header, required, true, kind.staffOnly)
      if (itemDef.type === 'object') {
        if (path.includes('{n}')) throw new Error(`The spreadsheet layout cannot express ${header}: a list of records inside a list of records`)
        return walk(def.element, [...path, '{n}'], `${header}.{n}`, true, spread, kind.staffOnly)
      }
      return add(schema, { header, path, required: required ? 'yes' : 'no' })
    }
    add(schema, { header, path, required: required ? 'yes' : 'no' })
  }
  for (const [key, field] of Object.entries(registry[collection].schema.shape as Record<string, z.ZodType>)) walk(field, [key], key, !isOptional(field), false)
  return templates
}

const matchersByCollection = new Map<CollectionName, { template: ColumnTemplate; pattern: RegExp }[]>()
function matchers(collection: CollectionName) {
  let found = matchersByCollection.get(collection)
  if (!found) {
    found = columnTemplates(collection).map((template) => {
      const escaped = template.header.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      const source = escaped.replace('{n}', '(?<n>[1-9][0-9]{0,3})').replace('{lang}', `(?<lang>${locales.join('|')})`)
      return { template, pattern: new RegExp(`^${source}$`) }
    })
    matchersByCollection.set(collection, found)
  }
  return found
}

/** A header read by the layout, or why it is not a column of the collection. */
export function resolveHeader(collection: CollectionName, header: string): Column | { problem: string } {
  for (const { template, pattern } of matchers(collection)) {
    const match = pattern.exec(header)
    if (!match) continue
    const { n, lang } = match.groups ?? {}
    const path = template.path.map((key) => (key === '{n}' ? Number(n) - 1 : key === '{lang}' ? lang! : key))
    return { header, template, path }
  }
  return { problem: unknownHeaderProblem(collection, header) }
}

/** Why a header is not a column, with the nearest thing it could have meant. */
function unknownHeaderProblem(collection: CollectionName, header: string): string {
  const templates = columnTemplates(collection)
  const localized = templates.find((t) => t.header === `${header}_{lang}`)
  if (localized) return `is in every language: name its columns ${locales.map((l) => `${header}_${l}`).join(', ')}`
  const suffix = /^(.*)_([A-Za-z-]+)$/.exec(header)
  if (suffix && templates.some((t) => t.header === `${suffix[1]}_{lang}`))
    return `names the language "${suffix[2]}", which is not one of ${locales.join(', ')} (Chinese is zh, Simplified)`
  if (/\.0(\.|$)/.test(header)) return 'numbers items from 1 (documents.1.file is the first document)'
  const numbered = templates.find((t) => t.header.includes('{n}') && header.startsWith(t.header.split('.{n}')[0]! + '.'))
  if (numbered)
    return `is not a column: items of ${numbered.header.split('.{n}')[0]} are numbered columns such as ${numbered.header.replace('{n}', '1').replace('{lang}', 'th')}`
  if (/[;\t]/.test(header))
    return `holds "${header.includes('\t') ? 'tab' : ';'}": the file seems to separate its columns with it; save it as "CSV UTF-8 (comma delimited)"`
  return `is not a column of ${collection} (the column layout is in content/README.md, "Spreadsheets")`
}

/** Splits a list cell into its items. */
export const splitItems = (cell: string): string[] =>
  cell
    .split(itemSplitter)
    .map((item) => item.trim())
    .filter((item) => item !== '')

/**
 * The column (and the item, for a list in one cell) that a place in an entry comes from: where a problem found in
 * the entry is reported. A place above a column (a whole localized value, a whole list of records) names its first
 * column, the Thai one of a localized field.
 */
export function columnAt(collection: CollectionName, at: readonly PropertyKey[]): { header: string; item?: number } {
  let above: string | undefined
  for (const template of columnTemplates(collection)) {
    const found = placeIn(template, at)
    if (found === undefined) continue
    if (found.exact) return { header: found.header, item: found.item }
    above ??= found.header
  }
  return { header: above ?? String(at[0] ?? '') }
}

/** Where `at` falls in a template's column: exactly on it (or an item of its list), above it, or (undefined) elsewhere. */
function placeIn(template: ColumnTemplate, at: readonly PropertyKey[]): { header: string; item?: number; exact: boolean } | undefined {
  let header = template.header
  let item: number | undefined
  for (const [i, key] of template.path.entries()) {
    const here = at[i]
    if (here === undefined) return { header: header.replace('{n}', '1').replace('{lang}', 'th'), exact: false }
    if (key === '{lang}' && typeof here === 'string' && (locales as string[]).includes(here)) header = header.replace('{lang}', here)
    else if (key === '{n}' && typeof here === 'number') header = header.replace('{n}', String(here + 1))
    else if (key === '*' && typeof here === 'number') item = here + 1
    else if (key !== here) return undefined
  }
  const rest = at.slice(template.path.length)
  if (rest.length === 0) return { header, item, exact: true }
  if (rest.length === 1 && template.list && typeof rest[0] === 'number') return { header, item: rest[0] + 1, exact: true }
  return undefined
}
