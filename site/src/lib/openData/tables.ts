/**
 * The four CSV files and the collections each holds (partners: cities and organisations), their merged columns and
 * their rows, one per public entry in slug order (partners by `id`). A cell is the entry's value as the column says:
 * references as `{collection}/{slug}`, documents as their absolute URL, lists joined, formulas neutralised.
 */
import { referenceTarget, type CollectionName, type EntryOf } from '../../../../content/schema/index.ts'
import { documentUrl } from '../documents.ts'
import type { SiteContent } from '../publicContent.ts'
import { collectionColumns, type Column } from './columns.ts'
import { csvFile, encodeList, neutralise } from './csv.ts'

export const tables = {
  glossary: { file: 'glossary.csv', collections: ['glossary'] },
  partners: { file: 'partners.csv', collections: ['cities', 'organizations'] },
  agreements: { file: 'agreements.csv', collections: ['agreements'] },
  activities: { file: 'activities.csv', collections: ['activities'] },
} as const satisfies Record<string, { file: string; collections: readonly CollectionName[] }>
export type TableName = keyof typeof tables
export const tableNames = Object.keys(tables) as TableName[]

/** A column of a table, and the column each of its collections fills it from. */
export interface TableColumn extends Column {
  from: Partial<Record<CollectionName, Column>>
}

/** The columns of a table: its collections' columns, merged by name in the order they first appear. */
export function tableColumns(table: TableName): TableColumn[] {
  const merged = new Map<string, TableColumn>()
  for (const collection of tables[table].collections) {
    for (const column of collectionColumns(collection)) {
      const seen = merged.get(column.name)
      if (!seen) merged.set(column.name, { ...column, from: { [collection]: column } })
      else merged.set(column.name, mergeColumn(seen, column, collection))
    }
  }
  // A column some collection lacks is empty in that collection's rows.
  return [...merged.values()].map((column) => (tables[table].collections.every((c) => column.from[c]) ? column : { ...column, required: false }))
}

function mergeColumn(seen: TableColumn, column: Column, collection: CollectionName): TableColumn {
  const same = seen.value === column.value && seen.list === column.list
  return {
    ...seen,
    value: same ? seen.value : 'text',
    required: seen.required && column.required,
    format: seen.format === column.format ? seen.format : undefined,
    enum: seen.enum && column.enum ? [...new Set([...seen.enum, ...column.enum])] : undefined,
    reference: seen.reference && column.reference ? { ...seen.reference, to: [...new Set([...seen.reference.to, ...column.reference.to])] } : undefined,
    from: { ...seen.from, [collection]: column },
  }
}

/** The value at a path below an object (no list inside it). */
const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value)

function text(value: unknown, column: Column, site: string): string {
  if (value === undefined || value === null) return ''
  if (column.value === 'json') return JSON.stringify(value)
  if (column.value === 'reference' && column.reference) {
    const { collection, slug } = referenceTarget(String(value), column.reference)
    return `${collection}/${slug}`
  }
  if (column.value === 'document') return new URL(documentUrl(String(value)), site).href
  return String(value)
}

/** The cell of one entry in one column. */
export function cell(column: Column, collection: CollectionName, entry: EntryOf<CollectionName>, site: string): string {
  if (column.name === 'id') return `${collection}/${entry.slug}`
  const star = column.path.indexOf('*')
  const pick = (value: unknown) => (column.locale && value && typeof value === 'object' ? (value as Record<string, unknown>)[column.locale] : value)
  let raw: string
  if (star >= 0) {
    const items = at(entry, column.path.slice(0, star))
    const values = (Array.isArray(items) ? items : []).map((item) => text(pick(at(item, column.path.slice(star + 1))), column, site))
    raw = encodeList(values)
  } else {
    const value = pick(at(entry, column.path))
    raw = Array.isArray(value) && column.value !== 'json' ? encodeList(value.map((item) => text(item, column, site))) : text(value, column, site)
  }
  return column.value === 'number' || column.value === 'boolean' ? raw : neutralise(raw)
}

/** The rows of a table: one per public entry of its collections. */
export function tableRows(table: TableName, columns: TableColumn[], content: SiteContent, site: string): string[][] {
  const rows = tables[table].collections.flatMap((collection) =>
    (content[collection] as EntryOf<CollectionName>[]).map((entry) => ({
      id: `${collection}/${entry.slug}`,
      cells: columns.map((column) => (column.from[collection] ? cell(column.from[collection], collection, entry, site) : '')),
    })),
  )
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => row.cells)
}

/** A table: its columns, its rows and its CSV file. */
export function table(name: TableName, content: SiteContent, site: string) {
  const columns = tableColumns(name)
  const rows = tableRows(name, columns, content, site)
  const body = csvFile(
    columns.map((c) => c.name),
    rows,
  )
  return { columns, rows, body }
}
