/**
 * Anonymous public API under load: a production CMS build seeded with content/, hit by autocannon on 127.0.0.1 with
 * a glossary list (`/api/glossary?locale=ja&limit=10`) and a single term (`/api/glossary/{id}?locale=ja`), each at 10
 * and 50 connections. Targets: p99 <= 150 ms for the list, <= 100 ms for the term, no errors or timeouts.
 * Writes bench/results/api.json (BENCH_API_LABEL names the run there; runs with other labels are kept).
 *
 * BENCH_API_SECONDS=15 sets each run's length. The seeded database is made once under bench/tmp/api/ and kept.
 */
import autocannon from 'autocannon'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { ensureCmsBuilt, run, startCms } from '../../../scripts/lib/cmsServer.ts'

const repo = new URL('../../../', import.meta.url).pathname
const seconds = Number(process.env.BENCH_API_SECONDS ?? 15)
const label = process.env.BENCH_API_LABEL ?? 'current'
const resultsFile = join(repo, 'bench/results/api.json')
const targets = { list: 150, detail: 100 } as const

interface Measurement {
  scenario: keyof typeof targets
  path: string
  connections: number
  requests: number
  requestsPerSecond: number
  latencyMs: { p50: number; p90: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
  bytesPerResponse: number
  targetP99Ms: number
  meetsTarget: boolean
}

async function measure(url: string, scenario: keyof typeof targets, path: string, connections: number): Promise<Measurement> {
  // A short warm-up per scenario: the first requests compile routes and fill caches.
  await autocannon({ url: `${url}${path}`, connections, duration: 2 })
  const result = await autocannon({ url: `${url}${path}`, connections, duration: seconds, timeout: 10 })
  const { latency } = result
  const measurement: Measurement = {
    scenario,
    path,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    targetP99Ms: targets[scenario],
    meetsTarget: latency.p99 <= targets[scenario] && result.errors === 0 && result.timeouts === 0 && result.non2xx === 0,
  }
  console.log(
    `${scenario} x${connections}: ${measurement.requestsPerSecond} req/s, p50 ${latency.p50} ms, p99 ${latency.p99} ms, ` +
      `max ${latency.max} ms, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${measurement.bytesPerResponse} B` +
      `${measurement.meetsTarget ? '' : `  (target p99 <= ${targets[scenario]} ms, 0 errors: missed)`}`,
  )
  return measurement
}

await ensureCmsBuilt()
const dataDir = join(repo, 'bench/tmp/api/data')
await mkdir(dataDir, { recursive: true })
const admin = { ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'Sawasdee-Krung-2026' }
if (!existsSync(join(dataDir, 'cms.db'))) {
  console.log('Importing content/ into the benchmark database (once) ...')
  await run(join(repo, 'node_modules/.bin/tsx'), ['scripts/import-content.ts', '--dir', 'content'], { DATA_DIR: dataDir, ...admin })
}
const cms = await startCms({ quiet: process.env.BENCH_VERBOSE !== 'true', env: { DATA_DIR: dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ...admin } })
const measurements: Measurement[] = []
try {
  const list = (await (await fetch(`${cms.url}/api/glossary?locale=ja&limit=1&depth=0`)).json()) as { docs: { id: number }[] }
  const id = list.docs[0]!.id
  for (const [scenario, path] of [
    ['list', '/api/glossary?locale=ja&limit=10'],
    ['detail', `/api/glossary/${id}?locale=ja`],
  ] as const) {
    for (const connections of [10, 50]) measurements.push(await measure(cms.url, scenario, path, connections))
  }
} finally {
  await cms.stop()
}

const previous = existsSync(resultsFile) ? (JSON.parse(await readFile(resultsFile, 'utf8')) as { runs?: { label: string }[] }) : {}
const runs = [
  ...(previous.runs ?? []).filter((r) => r.label !== label),
  { label, date: new Date().toISOString(), secondsPerRun: seconds, cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(2)), measurements },
]
await writeFile(resultsFile, `${JSON.stringify({ runs }, null, 2)}\n`)
console.log(`Results in ${resultsFile} (run "${label}").`)
process.exitCode = measurements.every((m) => m.meetsTarget) ? 0 : 1
