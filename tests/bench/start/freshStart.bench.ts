/**
 * Fresh start benchmark: `npm start` (scripts/start.ts) as a fresh clone meets it, a new DATA_DIR and no cms/.next,
 * on free ports; timed from the command until the admin answers (`GET /admin/login` 200) and until the public site
 * is live (`GET /th/` 200 on SITE_PORT), then stopped (and nothing may be left running). Scenarios
 * (BENCH_START_SCENARIOS, default `cold,kept`): `cold`, no build of the CMS anywhere, so `next build` runs; `kept`,
 * the build of these sources kept on this machine (BUILD_CACHE_DIR, scripts/lib/buildCache.ts). BENCH_START_RUNS
 * (default 1) runs of each. Goals: the admin in 60 s, the site in 75 s. Writes bench/results/start.json.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../../scripts/lib/cmsServer.ts'
import { processesUsing } from '../../support/processesUsing.ts'

const repo = new URL('../../../', import.meta.url).pathname
const scenarios = (process.env.BENCH_START_SCENARIOS ?? 'cold,kept').split(',')
const runs = Number(process.env.BENCH_START_RUNS ?? 1)
const goals = { adminSeconds: 60, siteSeconds: 75 }
const cacheDir = join(repo, 'bench/tmp/start-build-cache')

interface Result {
  scenario: string
  adminSeconds: number
  siteSeconds: number
  loadBefore: number
  loadAfter: number
}

const load = () => Number(loadavg()[0]!.toFixed(2))
const answers = async (url: string) => {
  try {
    return (await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })).status === 200
  } catch {
    return false
  }
}

async function runOnce(scenario: string, run: number): Promise<Result> {
  rmSync(join(repo, 'cms/.next'), { recursive: true, force: true })
  if (scenario === 'cold') rmSync(cacheDir, { recursive: true, force: true })
  else if (!existsSync(cacheDir)) throw new Error('The `kept` scenario takes the build the `cold` one kept: run both (cold first).')
  const dataDir = mkdtempSync(join(tmpdir(), 'bma-bench-start-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  await mkdir(join(repo, 'bench/tmp'), { recursive: true })
  const log = openSync(join(repo, `bench/tmp/start-${scenario}-${run}.log`), 'w')
  const loadBefore = load()
  const started = performance.now()
  const child = spawn(join(repo, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      BUILD_CACHE_DIR: cacheDir,
      ADMIN_PASSWORD: 'Sawasdee-Krung-2026',
    },
    stdio: ['ignore', log, log],
  })
  let adminSeconds: number | undefined
  let siteSeconds: number | undefined
  const deadline = Date.now() + 60 * 60_000
  while ((adminSeconds === undefined || siteSeconds === undefined) && Date.now() < deadline && child.exitCode === null) {
    const elapsed = Number(((performance.now() - started) / 1000).toFixed(1))
    if (adminSeconds === undefined && (await answers(`http://127.0.0.1:${cmsPort}/admin/login`))) adminSeconds = elapsed
    if (siteSeconds === undefined && (await answers(`http://127.0.0.1:${sitePort}/th/`))) siteSeconds = elapsed
    await new Promise((done) => setTimeout(done, 250))
  }
  const loadAfter = load()
  const exited = new Promise((done) => child.once('exit', done))
  if (child.exitCode === null) child.kill('SIGINT')
  await Promise.race([exited, new Promise((done) => setTimeout(done, 60_000))])
  for (let i = 0; i < 120 && processesUsing(dataDir).length > 0; i++) await new Promise((done) => setTimeout(done, 250))
  const left = processesUsing(dataDir)
  if (adminSeconds === undefined || siteSeconds === undefined)
    throw new Error(`${scenario}: the start did not finish (see bench/tmp/start-${scenario}-${run}.log)`)
  if (left.length > 0) throw new Error(`${scenario}: processes left running after the stop: ${left.join(', ')}`)
  rmSync(dataDir, { recursive: true, force: true })
  return { scenario, adminSeconds, siteSeconds, loadBefore, loadAfter }
}

const results: Result[] = []
for (const scenario of scenarios) {
  for (let run = 1; run <= runs; run++) {
    const result = await runOnce(scenario, run)
    results.push(result)
    console.log(`  ${scenario} ${run}: admin ${result.adminSeconds} s, site ${result.siteSeconds} s (load ${result.loadBefore} -> ${result.loadAfter})`)
  }
}
const file = join(repo, 'bench/results/start.json')
const previous = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as { results: Result[] }).results : []
const merged = [...previous.filter((p) => !scenarios.includes(p.scenario)), ...results]
await writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), goals, results: merged }, null, 2)}\n`)
if (results.some((r) => r.adminSeconds > goals.adminSeconds || r.siteSeconds > goals.siteSeconds)) process.exitCode = 1
