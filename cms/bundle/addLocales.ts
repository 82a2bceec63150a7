/**
 * Gives a document its other languages in one write. Payload saves one language per operation, and each operation is
 * a round of reads, hooks and a new version; a bulk import that saved every language of every new entry that way
 * spent most of its time there. A new entry is instead created in Thai through the Local API (its hooks, defaults
 * and validation, its version) and then given the rest here: the document and that version are written once, with
 * every language, through the database adapter. Only for content checked whole beforehand (`readBundle` applies to
 * every language the rules the CMS's validators apply).
 */
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'
import { isDoc, type Doc } from './documents.ts'

type Id = number | string

/** One language's data, as the Local API would take it for a save in that language. */
export interface LocaleData {
  locale: string
  data: Doc
}

/**
 * Merges the languages' data into the stored document, with what `complete` computes from the result, and writes the
 * newest version and, unless these are draft saves (which Payload keeps in the versions alone), the document.
 */
export async function addLocales(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  id: Id,
  writes: LocaleData[],
  { draft = false, complete = () => ({}) }: { draft?: boolean; complete?: (doc: Doc) => Doc } = {},
): Promise<void> {
  if (writes.length === 0) return
  const config = payload.collections[collection].config
  const stored = await payload.db.findOne<Doc & { id: Id }>({ collection, where: { id: { equals: id } }, locale: 'all', req })
  if (!stored) throw new Error(`${collection} ${id} is gone: it was created in this import`)
  let doc: Doc = stored
  for (const { locale, data } of writes) doc = mergeLocale(config.flattenedFields, doc, locale, data)
  // The id names the document; it is not data to write.
  const { id: _, ...data } = { ...doc, ...complete(doc) }
  if (!draft) await payload.db.updateOne({ collection, id, data, req, returning: false })
  if (!config.versions) return
  const { docs } = await payload.db.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, locale: 'all', req })
  const version = docs[0]
  if (version) await payload.db.updateVersion({ collection, id: version.id, versionData: { ...version, version: data }, req, returning: false })
}

/**
 * One language's data merged into a document read with every language, as Payload merges a save in one language: a
 * localized field takes the value for that language, groups and the rows of lists (shared by every language) are
 * merged field by field, and a value that is not localized is the one given.
 */
export function mergeLocale(fields: FlattenedField[], doc: Doc, locale: string, data: Doc): Doc {
  const merged: Doc = { ...doc }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const before = doc[field.name]
    if ('localized' in field && field.localized) merged[field.name] = { ...(isDoc(before) ? before : {}), [locale]: value }
    else if (field.type === 'group' && isDoc(value)) merged[field.name] = mergeLocale(field.flattenedFields, isDoc(before) ? before : {}, locale, value)
    else if (field.type === 'array' && Array.isArray(value)) {
      const rows = (Array.isArray(before) ? before : []).filter(isDoc)
      merged[field.name] = value.map((row, i) => {
        if (!isDoc(row)) return row
        const stored = rows.find((r) => row.id !== undefined && r.id === row.id) ?? rows[i] ?? {}
        return mergeLocale(field.flattenedFields, stored, locale, row)
      })
    } else merged[field.name] = value
  }
  return merged
}
