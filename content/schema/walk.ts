/**
 * Finds a collection's fields of each kind (localized, Markdown, references, media, staff only) by walking its zod
 * schema, and the values at a field's path in an entry: what reading, checking, stripping and mapping loop over.
 */
import type { z } from 'zod'
import { fieldKinds, type FieldKind } from './fields.ts'

/** A marked field of a schema: where it is and what kind it is. */
export interface SchemaField {
  /** Keys from the entry down to the field; `*` stands for every item of a list. */
  path: string[]
  kind: FieldKind
}

interface Def {
  type: string
  innerType?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional'])

/** The schema under optional/nullable wrappers, and the kinds recorded on any layer. */
export function unwrap(schema: z.ZodType): { schema: z.ZodType; kind: FieldKind } {
  let kind: FieldKind = {}
  let node = schema
  for (;;) {
    kind = { ...fieldKinds.get(node), ...kind }
    const def = defOf(node)
    if (!wrappers.has(def.type) || !def.innerType) return { schema: node, kind }
    node = def.innerType
  }
}

/** The fields of an object schema: the top-level keys of an entry. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return defOf(unwrap(schema).schema).shape ?? {}
}

/** Every marked field of a schema, depth first, in schema order; localized values are leaves. */
export function schemaFields(schema: z.ZodType, path: string[] = []): SchemaField[] {
  const { schema: node, kind } = unwrap(schema)
  const here = Object.keys(kind).length > 0 && path.length > 0 ? [{ path, kind }] : []
  if (kind.localized) return here
  const def = defOf(node)
  if (def.type === 'object' && def.shape) return [...here, ...Object.entries(def.shape).flatMap(([key, field]) => schemaFields(field, [...path, key]))]
  if (def.type === 'array' && def.element) return [...here, ...schemaFields(def.element, [...path, '*'])]
  return here
}

/** A value found at a field's path, with its concrete location (`gallery.2.image`). */
export interface Located {
  value: unknown
  at: (string | number)[]
}

/** The values at a path in an entry (several where the path crosses lists); absent values are skipped. */
export function valuesAt(root: unknown, path: readonly string[]): Located[] {
  let found: Located[] = [{ value: root, at: [] }]
  for (const key of path) {
    found = found.flatMap(({ value, at }) => {
      if (key === '*') return Array.isArray(value) ? value.map((item, i) => ({ value: item, at: [...at, i] })) : []
      const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
      return next === undefined || next === null ? [] : [{ value: next, at: [...at, key] }]
    })
  }
  return found
}
