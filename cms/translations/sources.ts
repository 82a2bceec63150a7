/**
 * Which fields are translated from Thai, found from the content schema (`fieldsOf`): localized fields whose Thai is
 * required, so every collection of the registry is covered without a list of field names. Left out are fields every
 * language keeps for itself (romanization, readings, abbreviations: Thai optional), alternative texts (kept on the
 * media item) and what Payload keeps elsewhere (an activity's BMA units are their own collection).
 */
import type { Field } from 'payload'
import { fieldsOf, registry, type CollectionName } from '../../content/schema/index.ts'
import { shapeOf, unwrap } from '../../content/schema/walk.ts'
import type { z } from 'zod'

/** The schema node at a field path of a collection. */
function schemaAt(collection: CollectionName, path: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = registry[collection].schema
  for (const key of path) {
    if (!node) return undefined
    const inner: z.ZodType = unwrap(node).schema
    node = key === '*' ? (inner._zod.def as unknown as { element?: z.ZodType }).element : shapeOf(inner)[key]
  }
  return node
}

const thaiRequired = (node: z.ZodType | undefined) => {
  const thai = node && shapeOf(node).th
  return Boolean(thai && !thai.safeParse(undefined).success)
}

/** The Payload field at a path (`*` steps into a list's row fields). */
export function payloadFieldAt(fields: Field[], path: readonly string[]): Field | undefined {
  let current: Field[] = fields
  let found: Field | undefined
  for (const key of path) {
    if (key === '*') {
      if (!found || found.type !== 'array') return undefined
      current = found.fields
      continue
    }
    found = current.find((field) => 'name' in field && field.name === key)
    if (!found) return undefined
    if (found.type === 'group') current = found.fields
  }
  return found
}

/** The translated fields of a collection, as paths. */
export function sourcePaths(collection: CollectionName, fields: Field[]): string[][] {
  return fieldsOf(collection)
    .filter(({ kind, path }) => kind.localized && !kind.altOf && thaiRequired(schemaAt(collection, path)))
    .filter(({ path }) => {
      const field = payloadFieldAt(fields, path)
      return Boolean(field && 'localized' in field && field.localized)
    })
    .map(({ path }) => path)
}
