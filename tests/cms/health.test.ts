/**
 * GET /api/health as a load balancer reads it, called through Payload's own endpoint handler on a real SQLite
 * database: due jobs and how long they have waited, the last deploy, and a clean 503 once the database is gone.
 * (Over HTTP, with two instances: tests/deploy/instances.test.ts.)
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { health } from '../../cms/endpoints/health.ts'
import { openTestCms } from '../support/localCms.ts'

let payload: Payload
beforeAll(async () => {
  ;({ payload } = await openTestCms())
})

const check = async () => {
  const response = await health.handler(await createLocalReq({}, payload))
  return { status: response.status, body: (await response.json()) as Record<string, Record<string, unknown> | null> }
}

describe('the health endpoint', () => {
  it('reports a reachable database, no jobs and no deploy on a new installation', async () => {
    expect(await check()).toEqual({
      status: 200,
      body: { status: 'ok', database: 'reachable', jobs: { due: 0, oldestDueSeconds: null, running: 0, runner: 'none' }, lastDeploy: null },
    })
  })

  it('counts due jobs and how long the oldest has waited, not those scheduled later', async () => {
    await payload.jobs.queue({ task: 'deploySite', queue: 'deploy', input: { deploy: 'x' }, waitUntil: new Date(Date.now() - 90_000) })
    await payload.jobs.queue({ task: 'deploySite', queue: 'deploy', input: { deploy: 'y' }, waitUntil: new Date(Date.now() + 3_600_000) })
    await payload.db.create({ collection: 'deploys', data: { state: 'failed', queuedAt: new Date().toISOString(), title: 'Publish glossary/secret-draft' } })
    const { status, body } = await check()
    expect(status).toBe(200)
    expect(body.jobs).toMatchObject({ due: 1, running: 0 })
    expect(body.jobs!.oldestDueSeconds).toBeGreaterThanOrEqual(0)
    expect(body.lastDeploy).toMatchObject({ state: 'failed', finishedAt: null })
    expect(JSON.stringify(body)).not.toContain('secret-draft')
  })

  it('answers 503 with nothing but its verdict when the database is unreachable', async () => {
    await payload.db.destroy?.()
    const { status, body } = await check()
    expect(status).toBe(503)
    expect(body).toEqual({ status: 'unavailable', database: 'unreachable' })
  })
})
