/**
 * GET /api/health, for a load balancer and for monitoring: whether this instance reaches its database, how long
 * due jobs have been waiting, whether an instance runs the job queue, and how the last deploy went. It answers
 * 503 when the database does not answer in time. It says nothing a visitor should not know: no versions, hosts,
 * document titles, errors or stack traces (those go to the log).
 */
import type { Endpoint, Payload, Where } from 'payload'
import type { Deploy, PayloadJob } from '../payload-types.ts'
import { jobRunnerLease } from '../deploy/runner.ts'

const timeoutMs = () => Number(process.env.HEALTH_TIMEOUT_MS ?? 3000)
const noStore = { 'Cache-Control': 'no-store' }

interface Health {
  status: 'ok'
  database: 'reachable'
  jobs: { due: number; oldestDueSeconds: number | null; running: number; runner: 'active' | 'none' }
  lastDeploy: { state: string; queuedAt: string | null; finishedAt: string | null } | null
}

async function check(payload: Payload): Promise<Health> {
  const now = new Date()
  const waiting: Where = { and: [{ processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }
  const dueNow: Where = { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] }
  const [due, oldest, running, lease, deploys] = await Promise.all([
    payload.db.count({ collection: 'payload-jobs', where: { and: [waiting, dueNow] } }),
    payload.db.find({ collection: 'payload-jobs', where: { and: [waiting, dueNow] }, sort: 'createdAt', limit: 1, pagination: false }),
    payload.db.count({ collection: 'payload-jobs', where: { processing: { equals: true } } }),
    payload.db.count({ collection: 'leases', where: { and: [{ name: { equals: jobRunnerLease } }, { expiresAt: { greater_than: now.toISOString() } }] } }),
    payload.db.find({ collection: 'deploys', sort: '-queuedAt', limit: 1, pagination: false }),
  ])
  const job = oldest.docs[0] as unknown as PayloadJob | undefined
  const dueSince = job ? Math.max(Date.parse(job.createdAt), Date.parse(job.waitUntil ?? '') || 0) : undefined
  const deploy = deploys.docs[0] as unknown as Deploy | undefined
  return {
    status: 'ok',
    database: 'reachable',
    jobs: {
      due: due.totalDocs,
      oldestDueSeconds: dueSince === undefined ? null : Math.max(0, Math.round((now.getTime() - dueSince) / 1000)),
      running: running.totalDocs,
      runner: lease.totalDocs > 0 ? 'active' : 'none',
    },
    lastDeploy: deploy ? { state: deploy.state, queuedAt: deploy.queuedAt ?? null, finishedAt: deploy.finishedAt ?? null } : null,
  }
}

export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no answer within ${timeoutMs()} ms`)), timeoutMs())
    })
    try {
      return Response.json(await Promise.race([check(req.payload), timeout]), { headers: noStore })
    } catch (error) {
      req.payload.logger.error({ err: error }, `Health check: the database is unreachable (${(error as Error).message}).`)
      return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: noStore })
    } finally {
      clearTimeout(timer)
    }
  },
}
