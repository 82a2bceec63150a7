/**
 * The database is chosen by DATABASE_URL: unset (or file:...) is the embedded SQLite default under .data/,
 * mongodb://... is MongoDB for production. Collections and access rules are the same on both.
 */
import { mkdirSync } from 'node:fs'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir, sqliteFile } from './paths.ts'
import { atomicWrites } from './sqlite/atomicWrites.ts'
import { indexParentColumns } from './sqlite/parentIndexes.ts'

export function isMongoUrl(url: string | undefined): boolean {
  return Boolean(url && /^mongodb(\+srv)?:\/\//.test(url))
}

export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  // Indexes are built before the CMS serves: the unique ones (slugs, lease names) must hold from the first write.
  if (url && isMongoUrl(url)) return mongooseAdapter({ url, ensureIndexes: true })
  if (url && !url.startsWith('file:'))
    throw new Error(`DATABASE_URL must start with mongodb:// (MongoDB) or file: (SQLite); it starts with "${url.split(':')[0]}:".`)
  if (!url) mkdirSync(dataDir(), { recursive: true })
  // Schema changes reach SQLite through committed migrations only (never a dev-mode push), so development and
  // production databases never disagree about what was applied; onInit.ts applies them on every start.
  // Several processes share the file (the CMS, its deploy exports, command-line tools): write-ahead logging lets
  // readers run beside a writer, and a busy timeout makes a writer wait for a lock instead of failing.
  const sqlite = sqliteAdapter({
    client: { url: url ?? `file:${sqliteFile()}` },
    push: false,
    migrationDir: `${import.meta.dirname}/migrations`,
    wal: true,
    busyTimeout: 15_000,
    afterSchemaInit: [indexParentColumns],
  })
  // Without transactions in the adapter, each statement would commit on its own (cms/sqlite/atomicWrites.ts).
  return { ...sqlite, init: (args) => atomicWrites(sqlite.init(args)) }
}
