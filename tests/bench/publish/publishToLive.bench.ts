/**
 * Publish-to-live benchmark, local mode: a real CMS (`next start`, its job runner, the local rebuild) and the served
 * site. Each run changes a glossary term's Thai text over REST as an editor and measures until the new text is served,
 * and until the search page finds it (when the build has a search index). Median of several runs, for the seeded
 * content and for a synthetic bundle of about 10,000 pages; a scenario named `...-agreement` (`seeded-agreement`)
 * publishes a public agreement's Thai title instead, on the same database. Writes bench/results/publish-to-live.json.
 *
 * BENCH_PUBLISH_SCENARIOS=seeded,synthetic-10k (default) and BENCH_PUBLISH_RUNS=3 choose what runs;
 * BENCH_PUBLISH_PAUSE_S=30 waits that long before each run, so each publish starts on a machine at rest rather than
 * right after the previous build (the default, 0, measures publishes back to back). Each scenario's
 * database is imported once (minutes for the synthetic bundle) and kept under bench/tmp/ for later runs.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureCmsBuilt, freePort, run, startCms } from '../../../scripts/lib/cmsServer.ts'
import { serveLiveSite } from '../../../scripts/lib/liveSite.ts'
import { generateBundle } from '../generate-bundle.ts'
import type { Json } from '../../support/json.ts'

const repo = new URL('../../../', import.meta.url).pathname
const scenarios = (process.env.BENCH_PUBLISH_SCENARIOS ?? 'seeded,synthetic-10k').split(',')
const runs = Number(process.env.BENCH_PUBLISH_RUNS ?? 3)
const quietMs = 10_000
const pauseMs = Number(process.env.BENCH_PUBLISH_PAUSE_S ?? 0) * 1000
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const editor = { email: 'editor@example.org', password: 'Chao-Phraya-River-88' }

/** What a scenario publishes: the collection, the Thai field changed, and the filter that picks a public entry. */
const published = (scenario: string) =>
  scenario.endsWith('-agreement')
    ? { collection: 'agreements', field: 'title', where: '&where[visibility][equals]=public&where[_status][equals]=published' }
    : { collection: 'glossary', field: 'term', where: '' }
/** The bundle and database a scenario runs on (an agreement scenario shares its site's). */
const siteOf = (scenario: string) => scenario.replace(/-agreement$/, '')

interface Result {
  scenario: string
  /** The collection whose entry each run publishes. */
  collection: string
  /** Rest before each run (BENCH_PUBLISH_PAUSE_S); results with and without a pause are kept apart. */
  pauseSeconds: number
  /** Entries of that collection on the site. */
  entries: number
  served: number[]
  searchable: (number | null)[]
  medianServedSeconds: number
  medianSearchableSeconds: number | null
  /** 1-minute load average as the scenario finished: other work on this 2-core machine slows builds down. */
  loadAverage: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function contentFor(scenario: string): Promise<string> {
  if (scenario === 'seeded') return join(repo, 'content')
  const dir = join(repo, 'bench/tmp/publish', scenario, 'bundle')
  if (!existsSync(join(dir, 'glossary'))) await generateBundle(dir, { terms: 1400, cities: 200, news: 400 })
  return dir
}

async function runScenario(scenario: string): Promise<Result> {
  const dataDir = join(repo, 'bench/tmp/publish', siteOf(scenario), 'data')
  await mkdir(dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  const content = await contentFor(siteOf(scenario))
  const { collection, field, where } = published(scenario)
  if (!existsSync(join(dataDir, 'cms.db'))) {
    console.log(`${scenario}: importing ${content} (once; minutes for large bundles) ...`)
    const started = performance.now()
    await run(join(repo, 'node_modules/.bin/tsx'), ['scripts/import-content.ts', '--dir', content], {
      DATA_DIR: dataDir,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    })
    console.log(`${scenario}: imported in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  const cms = await startCms({
    quiet: process.env.BENCH_VERBOSE !== 'true',
    env: {
      DATA_DIR: dataDir,
      SEED_CONTENT: 'false',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DEPLOY_QUIET_MS: String(quietMs),
      JOB_RUNNER_INTERVAL_MS: '250',
    },
  })
  const sitePort = await freePort()
  const site = await serveLiveSite(sitePort)
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const call = async (path: string, init: { method?: string; token?: string; json?: unknown } = {}) => {
      const response = await fetch(`${cms.url}${path}`, {
        method: init.method ?? 'GET',
        headers: { ...(init.token && { Authorization: `JWT ${init.token}` }), ...(init.json !== undefined && { 'Content-Type': 'application/json' }) },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      })
      return (await response.json()) as Json
    }
    const login = async (user: typeof admin) => (await call('/api/users/login', { method: 'POST', json: user })).token as string
    const adminToken = await login(admin)
    await call('/api/users', { method: 'POST', token: adminToken, json: { ...editor, role: 'editor' } })
    const token = await login(editor)
    // Nothing queued or building, and the last deploy started longer ago than the quiet window: the next publish
    // deploys at once (leading edge), as an editor's first publish after a quiet spell does.
    const idle = async () => {
      for (;;) {
        const pending = await call('/api/deploys?where[state][in]=queued,building&limit=1&depth=0', { token })
        const { docs } = await call('/api/deploys?sort=-startedAt&limit=1&depth=0', { token })
        const latest = docs[0]
        if (pending.totalDocs === 0 && latest && Date.now() - Date.parse(latest.startedAt) > quietMs) return latest
        await sleep(500)
      }
    }
    // A first deploy builds the site (and its image cache) before anything is measured.
    await call('/api/deploys/now', { method: 'POST', token: adminToken })
    await sleep(1000)
    await idle()
    const { docs, totalDocs } = await call(`/api/${collection}?limit=1&sort=slug&depth=0${where}`, { token })
    const entry = docs[0]
    const served: number[] = []
    const searchable: (number | null)[] = []
    const hasSearch = existsSync(join(dataDir, 'site/live/pagefind'))
    for (let run = 1; run <= runs; run++) {
      await idle()
      await sleep(pauseMs)
      const marker = `ทดสอบเผยแพร่${run}${Date.now().toString(36)}`
      const started = Date.now()
      await call(`/api/${collection}/${entry.id}?locale=th`, { method: 'PATCH', token, json: { [field]: `${entry[field]} ${marker}`, _status: 'published' } })
      for (;;) {
        const html = await fetch(`${siteUrl}/th/${collection}/${entry.slug}/`).then((r) => r.text())
        if (html.includes(marker)) break
        await sleep(100)
      }
      served.push((Date.now() - started) / 1000)
      if (hasSearch) {
        const page = await browser.newPage()
        for (;;) {
          await page.goto(`${siteUrl}/th/search/?q=${encodeURIComponent(marker)}`)
          const found = await page
            .locator(`[data-search-results] a[href*="/${collection}/${entry.slug}/"]`)
            .first()
            .waitFor({ timeout: 3000 })
            .then(
              () => true,
              () => false,
            )
          if (found) break
        }
        await page.close()
        searchable.push((Date.now() - started) / 1000)
      } else searchable.push(null)
      console.log(`${scenario} run ${run}: served after ${served.at(-1)!.toFixed(1)} s, searchable after ${searchable.at(-1)?.toFixed(1) ?? 'n/a'} s`)
    }
    const found = searchable.filter((s): s is number => s !== null)
    return {
      scenario,
      collection,
      pauseSeconds: pauseMs / 1000,
      entries: totalDocs,
      served,
      searchable,
      medianServedSeconds: median(served),
      medianSearchableSeconds: found.length ? median(found) : null,
      loadAverage: loadavg()[0]!,
    }
  } finally {
    await browser.close()
    site.close()
    await cms.stop()
  }
}

await ensureCmsBuilt()
const file = join(repo, 'bench/results/publish-to-live.json')
// Scenarios run separately (BENCH_PUBLISH_SCENARIOS) keep the other scenarios' latest results.
const earlier: Result[] = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')).results : []
const fresh: Result[] = []
for (const scenario of scenarios) fresh.push(await runScenario(scenario))
const results = [...earlier.filter((r) => !scenarios.includes(r.scenario) || (r.pauseSeconds ?? 0) !== pauseMs / 1000), ...fresh]
await mkdir(join(repo, 'bench/results'), { recursive: true })
await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), quietMs, runs, results }, null, 2)}\n`)
console.log('\n| scenario | pause before each run | entries published from | median publish -> served (s) | median publish -> searchable (s) | runs (served) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const r of results)
  console.log(
    `| ${r.scenario} | ${r.pauseSeconds ?? 0} s | ${r.entries} ${r.collection} | ${r.medianServedSeconds.toFixed(1)} | ${r.medianSearchableSeconds?.toFixed(1) ?? 'n/a'} | ${r.served.map((s) => s.toFixed(1)).join(', ')} |`,
  )
