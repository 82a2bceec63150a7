import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { databaseLease, withLease } from './deploy/lease.ts'
import { startJobRunner } from './deploy/runner.ts'
import { seedFirstStart } from './firstStart.ts'
import { migrations } from './migrations/index.ts'
import { backfillTranslationState } from './translations/backfill.ts'

/**
 * On every start: bring an SQLite database up to the committed migrations (MongoDB needs none); on a database with
 * no users and no content, create the first admin and seed the content bundle; then run the job queue (deploys,
 * scheduled publishing) from this process whenever it holds the job runner lease, unless JOB_RUNNER=off (command-line
 * tools, tests that do not deploy).
 */
/** The committed migrations as Payload's adapter-neutral type takes them; the SQLite adapter passes them its own arguments. */
const sqliteMigrations = migrations.map(({ name, up, down }) => ({
  name,
  up: (args: unknown) => up(args as MigrateUpArgs),
  down: (args: unknown) => down(args as MigrateDownArgs),
}))

export async function onInit(payload: Payload): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: sqliteMigrations })
  // Instances starting together on a new database: one creates the first admin and seeds, the others wait. A tool
  // that seeds nothing on a database with users writes nothing here (a site build may read with read-only rights).
  const mayWrite = process.env.SEED_CONTENT !== 'false' || (await payload.count({ collection: 'users' })).totalDocs === 0
  const firstStart = databaseLease(payload, 'first-start', { ttlMs: 600_000 })
  if (mayWrite) await withLease(firstStart, () => seedFirstStart(payload), { waitMs: 660_000, what: 'the first start of another instance' })
  if (process.env.JOB_RUNNER === 'off') return
  // Entries from before the translation workflow get their state once, by one instance.
  await withLease(databaseLease(payload, 'translation-backfill', { ttlMs: 600_000 }), () => backfillTranslationState(payload), {
    waitMs: 660_000,
    what: 'the translation backfill of another instance',
  })
  startJobRunner(payload)
}
