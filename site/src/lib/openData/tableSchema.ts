/**
 * The Frictionless Table Schema (Data Package v2) of a CSV file, made from the same columns that write its header, so
 * that the two agree by construction: types and formats, required and unique, enums, bounds, lists with their
 * delimiter, the primary key `id` and foreign keys for references to entries of the other files.
 */
import type { CollectionName } from '../../../../content/schema/index.ts'
import { listSeparator } from './csv.ts'
import { tableColumns, tables, tableNames, type TableColumn, type TableName } from './tables.ts'

export interface TableSchemaField {
  name: string
  type: string
  format?: string
  description?: string
  itemType?: string
  delimiter?: string
  constraints?: Record<string, unknown>
}

/** The file each collection's entries are rows of. */
const tableOf = (collection: string): TableName | undefined =>
  tableNames.find((t) => (tables[t].collections as readonly string[]).includes(collection as CollectionName))

const descriptions: Record<string, string> = {
  slug: 'Language-neutral identifier, the same in every language; the URL segment of the entry’s pages.',
  date: 'ISO 8601 date: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.',
  datetime: 'ISO 8601 date and time.',
  country: 'ISO 3166-1 alpha-2 country code.',
  language: 'BCP 47 language tag.',
  wikidata: 'Wikidata item identifier (Q...), to join with other data.',
  markdown: 'CommonMark Markdown.',
}

function describe(column: TableColumn): string | undefined {
  const parts: string[] = []
  if (column.name === 'id') parts.push('The entry as other files name it: {collection}/{slug}.')
  if (column.locale) parts.push(`In ${column.locale}.`)
  if (column.format && descriptions[column.format]) parts.push(descriptions[column.format]!)
  if (column.value === 'reference') parts.push(`A reference {collection}/{slug} to ${column.reference!.to.join(' or ')}.`)
  if (column.value === 'document') parts.push('The address of the public document.')
  if (column.value === 'json') parts.push('JSON.')
  if (column.list) parts.push(`A list (see the dialect's description).`)
  return parts.join(' ') || undefined
}

function field(column: TableColumn): TableSchemaField {
  const scalar = column.value === 'number' ? 'number' : column.value === 'boolean' ? 'boolean' : 'string'
  const format = column.format === 'uri' ? 'uri' : column.format === 'email' ? 'email' : undefined
  const constraints: Record<string, unknown> = {
    ...(column.required && { required: true }),
    ...(column.name === 'id' && { unique: true }),
    ...(column.enum && !column.list && { enum: column.enum }),
    ...(column.minimum !== undefined && { minimum: column.minimum }),
    ...(column.maximum !== undefined && { maximum: column.maximum }),
  }
  return {
    name: column.name,
    type: column.list ? 'list' : scalar,
    ...(format && !column.list && { format }),
    ...(column.list && { itemType: scalar, delimiter: listSeparator }),
    description: describe(column),
    ...(Object.keys(constraints).length > 0 && { constraints }),
  }
}

export function tableSchema(table: TableName) {
  const columns = tableColumns(table)
  const foreignKeys = columns.flatMap((column) => {
    const targets = [...new Set((column.reference?.mustExist ? column.reference.to : []).map(tableOf))]
    if (targets.length !== 1 || !targets[0]) return []
    // A reference to the file's own rows names no resource (Table Schema v2).
    return [{ fields: [column.name], reference: { ...(targets[0] !== table && { resource: targets[0] }), fields: ['id'] } }]
  })
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: columns.map(field),
    missingValues: [''],
    primaryKey: ['id'],
    ...(foreignKeys.length > 0 && { foreignKeys }),
  }
}
