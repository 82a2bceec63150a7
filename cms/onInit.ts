import type { Payload } from 'payload'
import { redeployInterrupted, startJobRunner } from './deploy/runner.ts'
import { seedFirstStart } from './firstStart.ts'
import { migrations } from './migrations/index.ts'
import { backfillTranslationState } from './translations/backfill.ts'

/**
 * On every start: bring an SQLite database up to the committed migrations (MongoDB needs none); on a database with
 * no users and no content, create the first admin and seed the content bundle; then run the job queue (deploys,
 * scheduled publishing) in this process, unless JOB_RUNNER=off (command-line tools, tests that do not deploy).
 */
export async function onInit(payload: Payload): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as never })
  await seedFirstStart(payload)
  await backfillTranslationState(payload)
  if (process.env.JOB_RUNNER === 'off') return
  await redeployInterrupted(payload)
  startJobRunner(payload)
}
