import type { Payload } from 'payload'
import { onJobDue } from './jobDue.ts'
import { databaseLease, thisInstance } from './lease.ts'
import { recordChange } from './recordChange.ts'

export const jobRunnerLease = 'job-runner'

/**
 * The job queue (deploys, scheduled publishing) runs in exactly one CMS instance at a time, one job at a time: the
 * instance holding the `job-runner` lease. Every instance polls; the holder renews the lease on each poll and while
 * a job runs, so a long build keeps it. When the holder dies its lease expires (JOB_LEASE_TTL_MS) and another
 * instance takes over, first finishing what the dead one left half done (see recoverInterrupted). Concurrent
 * runners on one SQLite file ran the same job twice, and two site builds must never overlap.
 */
export function startJobRunner(
  payload: Payload,
  { intervalMs = Number(process.env.JOB_RUNNER_INTERVAL_MS ?? 1000), ttlMs = Number(process.env.JOB_LEASE_TTL_MS ?? 30_000) } = {},
): () => void {
  const lease = databaseLease(payload, jobRunnerLease, { ttlMs })
  let busy = false
  let holding = false
  let lastScheduled = 0
  const poll = async () => {
    if (busy) return
    busy = true
    try {
      const held = await lease.acquire()
      if (held !== holding)
        payload.logger.info(
          { lease: jobRunnerLease, instance: thisInstance, held },
          held ? 'This instance runs the job queue.' : 'Another instance runs the job queue.',
        )
      if (held && !holding) await recoverInterrupted(payload)
      holding = held
      if (!held) return
      // Scheduled tasks (the daily agreement reminders) are queued by the holder, at most once a minute.
      if (Date.now() - lastScheduled >= 60_000) {
        lastScheduled = Date.now()
        await payload.jobs.handleSchedules({ allQueues: true })
      }
      const renew = setInterval(() => lease.acquire().catch(() => undefined), Math.max(ttlMs / 3, 100))
      try {
        await payload.jobs.run({ allQueues: true, limit: 1 })
      } finally {
        clearInterval(renew)
      }
    } catch (error) {
      payload.logger.error({ err: error }, `Job runner: ${(error as Error).message}`)
    } finally {
      busy = false
    }
  }
  const timer = setInterval(poll, intervalMs)
  timer.unref()
  // A job queued due now runs at once (a poll while busy does nothing; the job then waits for the next one).
  const stopListening = onJobDue(() => void poll())
  return () => {
    clearInterval(timer)
    stopListening()
  }
}

/**
 * What a runner that stopped mid-job left behind, picked up by the instance that takes the lease over: a deploy left
 * "building" is marked failed and deployed again, and jobs left "processing" (a scheduled publish, say) run again.
 */
export async function recoverInterrupted(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'deploys',
    where: { state: { equals: 'building' } },
    data: { state: 'failed', error: 'Interrupted: the CMS instance building this deploy stopped; a new deploy was queued.' },
    depth: 0,
  })
  if (docs.length > 0) await recordChange(payload, { collection: 'deploys', action: 'manual', by: 'recovery after an interrupted deploy' })
  await payload.db.updateMany({ collection: 'payload-jobs', where: { processing: { equals: true } }, data: { processing: false } })
}
