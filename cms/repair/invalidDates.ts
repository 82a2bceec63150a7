import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/** snake_case, as the SQLite adapter names columns and tables. */
const column = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * Before drafts were validated, a draft could store a date that is no date (`"date": "not-a-date"` answered 500 but
 * was written), after which every read of that document's drafts failed. SQLite keeps dates as text, so such values
 * exist there only (MongoDB refuses them). This finds every stored date of a versioned collection that SQLite cannot
 * read as one and puts back the document's own date (or nothing, for a draft-only document); it reports what it fixed.
 */
export async function repairInvalidDates({ db, payload }: Pick<MigrateUpArgs, 'db' | 'payload'>): Promise<string[]> {
  const fixed: string[] = []
  for (const { config } of Object.values(payload.collections)) {
    if (!config.versions) continue
    const table = column(config.slug)
    for (const field of config.fields.filter((f) => f.type === 'date' && 'name' in f)) {
      const name = column((field as { name: string }).name)
      const bad = (await db.all(
        sql.raw(`SELECT id, parent_id AS parent FROM "_${table}_v" WHERE "version_${name}" IS NOT NULL AND julianday("version_${name}") IS NULL`),
      )) as { id: number; parent: number }[]
      for (const row of bad) {
        await db.run(
          sql.raw(
            `UPDATE "_${table}_v" SET "version_${name}" = (SELECT "${name}" FROM "${table}" WHERE id = ${Number(row.parent)}) WHERE id = ${Number(row.id)}`,
          ),
        )
        fixed.push(`${config.slug} ${row.parent}: version ${row.id} had an unreadable ${name}; it now holds the document's own`)
      }
      await db.run(sql.raw(`UPDATE "${table}" SET "${name}" = NULL WHERE "${name}" IS NOT NULL AND julianday("${name}") IS NULL`))
    }
  }
  for (const line of fixed) payload.logger.warn(`Repaired: ${line}.`)
  return fixed
}
