/**
 * Each Payload collection and its bundle schema (content/schema/) say the same thing: the same fields (less what
 * cms/bundle/mapping.ts declares as a difference), localized where the schema is, staff-only where the schema is,
 * references, media and Markdown as the matching Payload field types. A field added on one side only fails here.
 */
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { collections, registry, unwrap, type CollectionName } from '../../content/schema/index.ts'
import { staffField } from '../../cms/access/index.ts'
import { differences, payloadFieldNames } from '../../cms/bundle/mapping.ts'
import { workflowFieldNames } from '../../cms/translations/fields.ts'

let config: SanitizedConfig
beforeAll(async () => {
  process.env.JOB_RUNNER = 'off'
  config = await (await import('../../cms/payload.config.ts')).default
})

/** Payload's own bookkeeping fields and the translation workflow's, which no bundle names. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt', ...workflowFieldNames])
type DataField = Field & { name: string }
const dataFields = (fields: Field[]): DataField[] => fields.filter((f): f is DataField => 'name' in f && !bookkeeping.has(f.name))
const shapeOf = (schema: z.ZodType) => unwrap(schema).schema._zod.def as unknown as { shape?: Record<string, z.ZodType>; element?: z.ZodType }

/** Every disagreement between a schema node and the Payload field of the same name, as `path: what`. */
function disagreements(schema: z.ZodType, field: DataField, path: string): string[] {
  const { schema: node, kind } = unwrap(schema)
  const problems: string[] = []
  const localized = Boolean((field as { localized?: boolean }).localized)
  if (Boolean(kind.localized) !== localized) problems.push(`${path}: localized in ${kind.localized ? 'the schema' : 'Payload'} only`)
  const staffRead = (field as { access?: { read?: unknown } }).access?.read === staffField
  if (Boolean(kind.staffOnly) !== staffRead) problems.push(`${path}: staff-only in ${kind.staffOnly ? 'the schema' : 'Payload'} only`)
  const def = node._zod.def as unknown as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }
  const element = def.type === 'array' && def.element ? unwrap(def.element) : undefined
  const reference = kind.reference ?? element?.kind.reference
  if (reference) {
    const relation = field as { type: string; relationTo?: string | string[]; hasMany?: boolean }
    if (relation.type !== 'relationship') problems.push(`${path}: a reference in the schema, a ${relation.type} field in Payload`)
    else {
      const targets = [relation.relationTo ?? []].flat().sort()
      if (targets.join() !== [...reference.to].sort().join())
        problems.push(`${path}: refers to ${reference.to.join('/')} in the schema, ${targets.join('/')} in Payload`)
      if (Boolean(relation.hasMany) !== Boolean(element)) problems.push(`${path}: one reference on one side, a list on the other`)
    }
    return problems
  }
  if (kind.media && !(field.type === 'upload' && (field as { relationTo?: string }).relationTo === 'media'))
    problems.push(`${path}: a media path in the schema, not an upload`)
  if (kind.markdown && field.type !== 'richText') problems.push(`${path}: Markdown in the schema, not rich text in Payload`)
  if (kind.localized) return problems
  const rows = element ? shapeOf(def.element!).shape : def.shape
  if (rows && (field.type === 'array' || field.type === 'group')) {
    const subfields = dataFields((field as { fields: Field[] }).fields).filter((f) => f.name !== 'id')
    problems.push(...compareShapes(rows, subfields, path))
  }
  return problems
}

function compareShapes(shape: Record<string, z.ZodType>, fields: DataField[], path: string, skip: Set<string> = new Set()): string[] {
  const names = Object.keys(shape).filter((key) => !skip.has(key) && !unwrap(shape[key]!).kind.altOf)
  const payloadNames = fields.map((f) => f.name).filter((name) => !skip.has(name))
  const problems = [
    ...names.filter((n) => !payloadNames.includes(n)).map((n) => `${path}${n}: in the schema only`),
    ...payloadNames.filter((n) => !names.includes(n)).map((n) => `${path}${n}: in Payload only`),
  ]
  for (const name of names) {
    const field = fields.find((f) => f.name === name)
    if (field) problems.push(...disagreements(shape[name]!, field, `${path}${name}`))
  }
  return problems
}

describe.each(collections)('%s', (collection: CollectionName) => {
  it('has a Payload collection with the same fields, kinds and access as its bundle schema', () => {
    const payloadCollection = config.collections.find((c) => c.slug === collection)
    expect(payloadCollection, `no Payload collection "${collection}"`).toBeDefined()
    const fields = dataFields(payloadCollection!.fields)
    const { handles, payloadOnly } = differences[collection]
    // The bundle's publication state is Payload's `_status`; fields a difference computes are compared by its own tests.
    const skip = new Set([registry[collection].publication, ...handles, ...payloadOnly])
    expect(compareShapes(registry[collection].schema.shape, fields, '', skip)).toEqual([])
    expect(fields.map((f) => f.name).sort()).toEqual([...payloadFieldNames(collection)].sort())
  })
})
