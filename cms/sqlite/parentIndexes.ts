/**
 * Indexes Payload's SQLite schema lacks: child tables (a document's locales, `_texts`, `_numbers`) are read and deleted
 * by their parent's id, but their only indexes start with another column (`_locale`, `order`), so every read of a
 * document scanned each of those tables whole, and imports, exports and the admin slowed down with every entry stored.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { getTableConfig, index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

const parentColumns = new Set(['_parent_id', 'parent_id'])

export const indexParentColumns: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const table of Object.values(schema.tables)) {
    const { name, columns, indexes } = getTableConfig(table)
    const parent = columns.find((column) => parentColumns.has(column.name))
    const leadsWithParent = (first: unknown) => typeof first === 'object' && first !== null && 'name' in first && first.name === parent?.name
    if (!parent || indexes.some((i) => leadsWithParent(i.config.columns[0]))) continue
    const key = Object.entries(table).find(([, value]) => value === parent)?.[0]
    if (key) extendTable({ table, extraConfig: (t) => ({ bmaParentIdx: index(`${name}_bma_parent_idx`).on(t[key]!) }) })
  }
  return schema
}
