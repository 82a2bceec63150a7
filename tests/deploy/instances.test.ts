/**
 * Two CMS instances (`next start`) on one database, as behind a load balancer: a session made on one works on the
 * other, a burst of publishes on both makes at most two builds and the last holds everything, and killing the
 * instance that holds the job runner lease in the middle of a build hands the deploy to the other.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deploy } from '../../cms/payload-types.ts'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { waitFor } from '../support/waitFor.ts'

const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const dataDir = mkdtempSync(join(tmpdir(), 'bma-instances-'))
const buildLog = join(dataDir, 'builds.log')
const gate = join(dataDir, 'hold-build')
const env = {
  DATA_DIR: dataDir,
  CONTENT_DIR: 'tests/fixtures/cms-bundle',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  DEPLOY_QUIET_MS: '3000',
  JOB_RUNNER_INTERVAL_MS: '200',
  JOB_LEASE_TTL_MS: '3000',
  SITE_BUILD_COMMAND: 'bash tests/support/observedBuild.sh --quiet',
  BUILD_LOG: buildLog,
  BUILD_GATE: gate,
}
let a: RunningCms
let b: RunningCms
let token = ''

interface ApiBody {
  token?: string
  user?: { email: string } | null
  docs?: Deploy[]
  errors?: { message: string }[]
}

async function api(
  cms: RunningCms,
  path: string,
  { method = 'GET', json, headers = {} }: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { ...(token && { Authorization: `JWT ${token}` }), ...(json !== undefined && { 'Content-Type': 'application/json' }), ...headers },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  return { status: response.status, headers: response.headers, body: (await response.json()) as ApiBody }
}
const builds = () => (existsSync(buildLog) ? readFileSync(buildLog, 'utf8').trim().split('\n').filter(Boolean) : [])
const live = (slug: string) => existsSync(join(dataDir, 'site/live/th/glossary', slug, 'index.html'))
const deploys = async (cms: RunningCms) => (await api(cms, '/api/deploys?sort=-queuedAt&limit=50&depth=0')).body.docs!
const settled = async (cms: RunningCms) => (await deploys(cms)).every((d) => d.state === 'live' || d.state === 'failed')
const publish = (cms: RunningCms, slug: string) =>
  api(cms, '/api/glossary?locale=th', { method: 'POST', json: { slug, term: `คำ ${slug}`, definition: paragraph('นิยาม'), _status: 'published' } })

beforeAll(async () => {
  a = await startCms({ quiet: true, env })
  b = await startCms({ quiet: true, env })
  token = (await api(a, '/api/users/login', { method: 'POST', json: admin })).body.token!
  // The first start seeded the content and queued its deploy.
  await waitFor(async () => live('sister-city') && (await settled(a)), { timeout: 240_000, interval: 500, message: 'the first deploy' })
}, 400_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  rmSync(dataDir, { recursive: true, force: true })
})

describe('several CMS instances on one database', () => {
  it('a session cookie from one instance works on the other, and signing out on one ends it on both', async () => {
    const saved = token
    token = ''
    try {
      const login = await fetch(`${a.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
      const cookie = login.headers
        .getSetCookie()
        .find((c) => c.startsWith('payload-token='))!
        .split(';')[0]!
      // As the admin in a browser sends it: a session cookie counts only on the admin's own requests (Payload's csrf).
      const browser = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }
      expect((await api(b, '/api/users/me', { headers: { Cookie: cookie } })).body.user).toBeNull()
      expect((await api(b, '/api/users/me', { headers: browser })).body.user?.email).toBe(admin.email)
      expect((await api(b, '/api/users/logout', { method: 'POST', headers: browser })).status).toBe(200)
      expect((await api(a, '/api/users/me', { headers: browser })).body.user).toBeNull()
    } finally {
      token = saved
    }
  })

  it('both instances report healthy, with one job runner among them and nothing internal', async () => {
    for (const cms of [a, b]) {
      const response = await fetch(`${cms.url}/api/health`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const text = await response.text()
      expect(JSON.parse(text)).toMatchObject({
        status: 'ok',
        database: 'reachable',
        jobs: { due: 0, running: 0, runner: 'active' },
        lastDeploy: { state: 'live' },
      })
      for (const secret of [dataDir, hostname(), readFileSync(join(dataDir, 'payload-secret'), 'utf8').trim(), 'sister-city', 'stack'])
        expect(text).not.toContain(secret)
    }
  })

  it('no request runs a job or reads or writes a lease, even as an admin', async () => {
    expect((await api(a, '/api/payload-jobs/run?allQueues=true')).status).toBe(401)
    expect((await api(b, '/api/leases')).status).toBe(403)
    expect((await api(b, '/api/leases', { method: 'POST', json: { name: 'job-runner', holder: 'me' } })).status).toBe(403)
    const graphql = await api(a, '/api/graphql', { method: 'POST', json: { query: '{ Leases { docs { holder } } }' } })
    expect(graphql.body.errors?.[0]?.message).toMatch(/Cannot query field "Leases"/)
  })

  it('a burst of publishes on both instances makes at most two builds, and the last holds every change', async () => {
    const before = builds().length
    const started = new Date().toISOString()
    const slugs = Array.from({ length: 8 }, (_, i) => `burst-${i}`)
    for (const [i, slug] of slugs.entries()) {
      expect((await publish(i % 2 ? b : a, slug)).status).toBe(201)
      await new Promise((done) => setTimeout(done, 250))
    }
    await waitFor(async () => slugs.every(live) && (await settled(b)), { timeout: 300_000, interval: 500, message: 'every burst page live' })
    const made = (await deploys(b)).filter((d) => d.queuedAt! >= started)
    expect(made.map((d) => d.state)).toEqual(made.map(() => 'live'))
    expect(made.length).toBeLessThanOrEqual(2)
    expect(made.reduce((sum, d) => sum + (d.changeCount ?? 0), 0)).toBe(slugs.length)
    expect(
      builds()
        .slice(before)
        .filter((line) => line.startsWith('start')).length,
    ).toBeLessThanOrEqual(2)
  })

  it('killing the instance that holds the job runner lease mid-build hands the deploy to the other', async () => {
    writeFileSync(gate, '')
    const before = builds().length
    expect((await publish(b, 'handover')).status).toBe(201)
    const line = await waitFor(
      () =>
        builds()
          .slice(before)
          .find((l) => l.startsWith('start')),
      { timeout: 120_000, message: 'the build to start' },
    )
    const group = Number(line!.split(' ')[1])
    const [holder, other] = group === a.process.pid ? [a, b] : [b, a]
    expect(holder.process.pid).toBe(group)
    process.kill(-group, 'SIGKILL')
    await holder.stop()
    rmSync(gate)

    await waitFor(async () => live('handover') && (await settled(other)), { timeout: 300_000, interval: 500, message: 'the page built by the other instance' })
    const after = builds().slice(before)
    expect(after.filter((l) => l.startsWith('start'))).toEqual([`start ${group}`, `start ${other.process.pid}`])
    expect(after).not.toContain(`end ${group}`)
    const [latest, interrupted] = await deploys(other)
    expect(latest.state).toBe('live')
    expect(interrupted).toMatchObject({ state: 'failed', error: expect.stringMatching(/^Interrupted/) })
    expect((await fetch(`${other.url}/api/health`)).status).toBe(200)
  })
})
