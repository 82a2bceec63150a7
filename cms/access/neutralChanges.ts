import type { Field } from 'payload'
import { workflowFieldNames } from '../translations/fields.ts'

type Data = Record<string, unknown>

/**
 * Bookkeeping Payload and the translation workflow keep themselves (clients cannot write it); never a translator's or
 * an editor's change, whatever a form still holds.
 */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt', ...workflowFieldNames])

/** A value as it is compared: empty is empty, a relation is its id, whatever form the client sent it in. */
function comparable(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(comparable)
  if (typeof value === 'object') {
    const ref = value as { id?: unknown; value?: unknown; relationTo?: unknown }
    if (ref.relationTo !== undefined && ref.value !== undefined) return comparable(ref.value)
    if (ref.id !== undefined) return String(ref.id)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparable(item)]))
  }
  return typeof value === 'number' ? String(value) : value
}
const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

/**
 * The language-neutral values (those not localized: slugs, codes, dates, relations, rows of lists) that `data`
 * would change in `doc`, as dotted paths. A value that is sent unchanged (the admin sends the whole form) is none.
 * Without `doc` (a bulk update), every neutral value sent counts.
 */
export function neutralChanges(fields: Field[], data: Data, doc: Data | undefined, prefix = ''): string[] {
  const changes: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (!tab.localized && tab.name in data) changes.push(...nested(tab.fields, data[tab.name], doc?.[tab.name], `${prefix}${tab.name}`))
        } else changes.push(...neutralChanges(tab.fields, data, doc, prefix))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) changes.push(...neutralChanges(field.fields, data, doc, prefix))
      continue
    }
    const { name } = field
    if (bookkeeping.has(name) || !(name in data) || ('localized' in field && field.localized)) continue
    const path = `${prefix}${name}`
    if (field.type === 'group') changes.push(...nested(field.fields, data[name], doc?.[name], path))
    else if (field.type === 'array') changes.push(...rows(field.fields, data[name], doc?.[name], path, doc === undefined))
    else if (doc === undefined || !same(data[name], doc[name])) changes.push(path)
  }
  return changes
}

function nested(fields: Field[], value: unknown, before: unknown, path: string): string[] {
  if (value === null || typeof value !== 'object') return same(value, before) ? [] : [path]
  return neutralChanges(fields, value as Data, (before ?? {}) as Data, `${path}.`)
}

/** A list's rows are shared by every locale: adding, removing or reordering them is a neutral change. */
function rows(fields: Field[], value: unknown, before: unknown, path: string, bulk: boolean): string[] {
  if (bulk) return [path]
  const next = Array.isArray(value) ? (value as Data[]) : []
  const previous = Array.isArray(before) ? (before as Data[]) : []
  const ids = (list: Data[]) => list.map((row) => String(row?.id ?? '')).join()
  if (next.length !== previous.length || ids(next) !== ids(previous)) return [`${path} (rows)`]
  return next.flatMap((row, i) => neutralChanges(fields, row ?? {}, previous[i], `${path}.${i}.`))
}
