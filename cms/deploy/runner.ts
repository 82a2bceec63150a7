import type { Payload } from 'payload'
import { recordChange } from './recordChange.ts'

/**
 * One job runner per CMS process, one job at a time: concurrent runners on SQLite ran the same job twice, and two
 * site builds must never overlap. Runs scheduled publishing and deploys alike.
 */
export function startJobRunner(payload: Payload, intervalMs = Number(process.env.JOB_RUNNER_INTERVAL_MS ?? 1000)): () => void {
  let busy = false
  let lastScheduled = 0
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      // Scheduled tasks (the daily agreement reminders) are queued here, at most once a minute.
      if (Date.now() - lastScheduled >= 60_000) {
        lastScheduled = Date.now()
        await payload.jobs.handleSchedules({ allQueues: true })
      }
      await payload.jobs.run({ allQueues: true, limit: 1 })
    } catch (error) {
      payload.logger.error(`Job runner: ${(error as Error).message}`)
    } finally {
      busy = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** A deploy left "building" by a process that stopped mid-build is marked failed and deployed again. */
export async function redeployInterrupted(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'deploys',
    where: { state: { equals: 'building' } },
    data: { state: 'failed', error: 'Interrupted: the CMS stopped during this deploy; a new deploy was queued.' } as never,
    depth: 0,
  })
  if (docs.length > 0) await recordChange(payload, { collection: 'deploys', action: 'manual', by: 'restart after an interrupted deploy' })
}
