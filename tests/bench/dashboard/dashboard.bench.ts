/**
 * Dashboard benchmark: the admin's home page (the overview, rendered on the server) requested by a signed-in editor
 * from a real CMS (`next start`), until the whole HTML has arrived. Median of several requests after one warm-up, for
 * the seeded database and for one with 10,000 more partners, agreements and activities. Goals: under 1 s seeded,
 * under 2 s with 10,000 entries. Writes bench/results/dashboard.json.
 *
 * BENCH_DASHBOARD_SCENARIOS=seeded,10k (default) and BENCH_DASHBOARD_RUNS=7 choose what runs. Each scenario's database
 * is made once and kept under bench/tmp/dashboard/ for later runs.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { run, startCms } from '../../../scripts/lib/cmsServer.ts'
import { createDocument } from '../../../cms/bundle/documents.ts'
import { paragraph } from '../../../cms/bundle/richText.ts'

const repo = new URL('../../../', import.meta.url).pathname
const scenarios = (process.env.BENCH_DASHBOARD_SCENARIOS ?? 'seeded,10k').split(',')
const runs = Number(process.env.BENCH_DASHBOARD_RUNS ?? 7)
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const editor = { email: 'editor@example.org', password: 'Chao-Phraya-River-88' }
const goals: Record<string, number> = { seeded: 1000, '10k': 2000 }

interface Result {
  scenario: string
  entries: Record<string, number>
  milliseconds: number[]
  medianMs: number
  goalMs: number
  htmlBytes: number
  loadAverage: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const countries = ['JP', 'CN', 'KR', 'VN', 'FR', 'DE', 'US', 'AU', 'IN', 'BR', 'ZA', 'EG', 'MY', 'SG', 'GB', 'IT', 'ES', 'RU', 'CA', 'MX']

/** 10,000 entries of the relationship database, written through the Local API (hooks run, as for an import). */
async function addTenThousand(payload: Payload): Promise<void> {
  const sectors = (await payload.find({ collection: 'domains', limit: 20, depth: 0 })).docs.map((d) => d.id)
  const create = (collection: 'cities' | 'organizations' | 'agreements' | 'activities', data: Record<string, unknown>) =>
    createDocument(payload, { collection, locale: 'th', data: { _status: 'published', ...data }, context: { bulkImport: true } })
  const started = performance.now()
  const progress = (done: number) => done % 500 === 0 && console.log(`  ${done} entries, ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const partners: { relationTo: 'cities' | 'organizations'; value: number }[] = []
  let done = 0
  for (let i = 0; i < 1000; i++) {
    const country = countries[i % countries.length]!
    const city = await create('cities', {
      slug: `bench-city-${i}`,
      name: `เมืองทดสอบ ${i}`,
      country,
      relationship: i % 3 ? 'friendship-city' : 'sister-city',
      summary: 'สรุปเมือง',
      body: paragraph('ข้อมูลเมือง'),
    })
    partners.push({ relationTo: 'cities', value: city.id as number })
    progress(++done)
    const org = await create('organizations', {
      slug: `bench-org-${i}`,
      name: `องค์กรทดสอบ ${i}`,
      kind: ['embassy', 'consulate', 'city-network', 'international-organization'][i % 4],
      country,
      summary: 'สรุปองค์กร',
    })
    partners.push({ relationTo: 'organizations', value: org.id as number })
    progress(++done)
  }
  for (let i = 0; i < 3000; i++) {
    const signed = 2000 + (i % 26)
    await create('agreements', {
      slug: `bench-agreement-${i}`,
      title: `ความตกลงทดสอบ ${i}`,
      kind: ['mou', 'sister-city', 'friendship', 'cooperation'][i % 4],
      status: ['in-force', 'in-force', 'expired', 'under-negotiation'][i % 4],
      signed: `${signed}-01-15`,
      expires: `${signed + 2 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      partners: [partners[i % partners.length]],
      sectors: sectors.length ? [sectors[i % sectors.length]] : [],
      summary: 'สรุปความตกลง',
    })
    progress(++done)
  }
  for (let i = 0; i < 5000; i++) {
    await create('activities', {
      slug: `bench-activity-${i}`,
      title: `กิจกรรมทดสอบ ${i}`,
      kind: ['incoming-visit', 'outgoing-visit', 'meeting', 'conference'][i % 4],
      start: `${2010 + (i % 17)}-${String((i % 12) + 1).padStart(2, '0')}-10`,
      partners: [partners[(i * 7) % partners.length]],
      sectors: sectors.length ? [sectors[i % sectors.length]] : [],
      summary: 'สรุปกิจกรรม',
    })
    progress(++done)
  }
}

async function prepare(scenario: string, dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'ready'))) return
  console.log(`${scenario}: importing content/ (once) ...`)
  await run(join(repo, 'node_modules/.bin/tsx'), ['scripts/import-content.ts', '--dir', join(repo, 'content')], {
    DATA_DIR: dataDir,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  })
  if (scenario === '10k') {
    console.log(`${scenario}: adding 10,000 partners, agreements and activities (once; minutes) ...`)
    Object.assign(process.env, { DATA_DIR: dataDir, JOB_RUNNER: 'off', SEED_CONTENT: 'false' })
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../../cms/payload.config.ts')])
    const payload = await getPayload({ config })
    await addTenThousand(payload)
    await payload.destroy()
  }
  await writeFile(join(dataDir, 'ready'), '')
}

async function runScenario(scenario: string): Promise<Result> {
  const dataDir = join(repo, 'bench/tmp/dashboard', scenario)
  await mkdir(dataDir, { recursive: true })
  await prepare(scenario, dataDir)
  const cms = await startCms({
    quiet: true,
    env: { DATA_DIR: dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
  })
  try {
    const post = (path: string, json: unknown, token?: string) =>
      fetch(`${cms.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `JWT ${token}` }) },
        body: JSON.stringify(json),
      })
    const adminToken = ((await (await post('/api/users/login', admin)).json()) as { token: string }).token
    await post('/api/users', { ...editor, role: 'editor' }, adminToken)
    const login = await post('/api/users/login', editor)
    const cookie = (login.headers.get('set-cookie') ?? '')
      .split(/,(?=\s*payload-)/)
      .map((c) => c.split(';')[0])
      .join('; ')
    const entries: Record<string, number> = {}
    for (const collection of ['cities', 'organizations', 'agreements', 'activities', 'glossary', 'news']) {
      const response = await fetch(`${cms.url}/api/${collection}?limit=1&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
      entries[collection] = ((await response.json()) as { totalDocs: number }).totalDocs
    }
    const page = async () => {
      const started = performance.now()
      // A browser's own navigation says so (`Sec-Fetch-Site: none`); without it the session cookie counts for nothing.
      const response = await fetch(`${cms.url}/admin`, { headers: { cookie, 'Sec-Fetch-Site': 'none' } })
      const html = await response.text()
      if (!response.ok || !html.includes('bma-overview')) throw new Error(`The dashboard did not render (${response.status}).`)
      return { ms: performance.now() - started, bytes: Buffer.byteLength(html) }
    }
    await page()
    const times: number[] = []
    let bytes = 0
    for (let i = 0; i < runs; i++) {
      const { ms, bytes: size } = await page()
      times.push(Math.round(ms))
      bytes = size
    }
    const result = {
      scenario,
      entries,
      milliseconds: times,
      medianMs: median(times),
      goalMs: goals[scenario] ?? 2000,
      htmlBytes: bytes,
      loadAverage: Number(loadavg()[0]!.toFixed(2)),
    }
    console.log(`${scenario}: median ${result.medianMs} ms (goal ${result.goalMs} ms), runs ${times.join(', ')} ms`)
    return result
  } finally {
    await cms.stop()
  }
}

const results: Result[] = []
for (const scenario of scenarios) results.push(await runScenario(scenario))
const file = join(repo, 'bench/results/dashboard.json')
const previous = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as { results: Result[] }).results : []
const merged = [...previous.filter((p) => !results.some((r) => r.scenario === p.scenario)), ...results]
await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), results: merged }, null, 2)}\n`)
if (results.some((r) => r.medianMs > r.goalMs)) process.exitCode = 1
