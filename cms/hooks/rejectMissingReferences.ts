import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug, type Field, type PayloadRequest } from 'payload'
import { reqText } from '../i18n/translate.ts'
import { isWellFormedId } from './rejectMalformedIds.ts'

/**
 * Refuses a write that refers to an entry that does not exist (`{"domain": 0}`, a deleted city, a photo id from
 * another database), naming each field. Payload checks only that a reference is shaped like an id: the database's
 * foreign key then fails the write with a 500 on SQLite, and MongoDB would store the dangling reference. A bulk
 * import has checked every reference of its bundle already, and is not asked again.
 */
export const rejectMissingReferences: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['create', 'update', 'updateByID'].includes(operation) || req.context.bulkImport) return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object') return args
  const references = referencesIn(collection.fields, data, '')
  if (references.length === 0) return args
  const missing = await missingReferences(req, references)
  if (missing.length > 0)
    throw new ValidationError({
      collection: collection.slug,
      errors: missing.map(({ path, to, id }) => ({ path, message: reqText(req, 'referenceMissing', { target: `${to} ${JSON.stringify(id)}` }) })),
    })
  return args
}

interface Reference {
  path: string
  to: string
  id: unknown
}

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
/** Whether a reference names something: none (null, an empty choice) is not a reference. */
const named = (id: unknown) => id !== undefined && id !== null && id !== ''

/** Every reference a write's data holds, by the path of its field (rows and blocks included). */
function referencesIn(fields: Field[], data: object, prefix: string): Reference[] {
  const values = data as Record<string, unknown>
  return fields.flatMap((field): Reference[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? nested(tab.fields, values[tab.name], `${prefix}${tab.name}.`) : referencesIn(tab.fields, data, prefix),
      )
    if (!('name' in field)) return 'fields' in field ? referencesIn(field.fields, data, prefix) : []
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) return []
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        // A list where one entry is named (`{"domain": []}`) names nothing that exists.
        if (Array.isArray(value) && !('hasMany' in field && field.hasMany)) return [{ path, to: String(field.relationTo), id: value }]
        const items = Array.isArray(value) ? value : [value]
        return items.flatMap((item, i): Reference[] => {
          const at = Array.isArray(value) ? `${path}.${i}` : path
          if (Array.isArray(field.relationTo)) {
            const { relationTo, value: target } = (item ?? {}) as { relationTo?: unknown; value?: unknown }
            return typeof relationTo === 'string' && field.relationTo.some((slug) => slug === relationTo) && named(idOf(target))
              ? [{ path: at, to: relationTo, id: idOf(target) }]
              : []
          }
          return named(idOf(item)) ? [{ path: at, to: field.relationTo, id: idOf(item) }] : []
        })
      }
      case 'group':
        return nested(field.fields, value, `${path}.`)
      case 'array':
        return Array.isArray(value) ? value.flatMap((row, i) => nested(field.fields, row, `${path}.${i}.`)) : []
      case 'blocks':
        return Array.isArray(value)
          ? value.flatMap((row, i) => {
              const block = field.blocks.find((b) => b.slug === (row as { blockType?: unknown } | null)?.blockType)
              return block ? nested(block.fields, row, `${path}.${i}.`) : []
            })
          : []
      default:
        return []
    }
  })
}

const nested = (fields: Field[], value: unknown, prefix: string) => (value && typeof value === 'object' ? referencesIn(fields, value, prefix) : [])

/** The references whose target is not in the database, asked once per target collection. */
async function missingReferences(req: PayloadRequest, references: Reference[]): Promise<Reference[]> {
  const missing: Reference[] = []
  for (const to of new Set(references.map((r) => r.to))) {
    const wanted = references.filter((r) => r.to === to)
    // An id that cannot name a document is missing without asking (the database would refuse the query).
    const ids = [...new Set(wanted.map((r) => r.id))].filter((id) => isWellFormedId(req.payload, id)) as (number | string)[]
    const { docs } = ids.length
      ? await req.payload.find({
          collection: to as CollectionSlug,
          where: { id: { in: ids } },
          depth: 0,
          limit: ids.length,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const found = new Set(docs.map((doc) => String(doc.id)))
    missing.push(...wanted.filter((r) => !found.has(String(r.id))))
  }
  return missing
}
