/**
 * Seed import benchmark: the seed bundle (content/) imported into a new, empty SQLite database, each run a fresh
 * process and database (importOnce.ts), the import alone timed (opening the CMS and migrating are not part of it).
 * Median of BENCH_SEED_RUNS (default 5) runs, with the load average around each. Goal: 10 s. Writes
 * bench/results/seed-import.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBundle } from '../../../content/bundle.ts'
import { filesUnder } from '../../../content/files.ts'
import { collections } from '../../../content/schema/index.ts'

const repo = new URL('../../../', import.meta.url).pathname
const runs = Number(process.env.BENCH_SEED_RUNS ?? 5)
const goalSeconds = 10

interface Run {
  openSeconds: number
  importSeconds: number
  importCpuSeconds: number
  loadBefore: number
  loadAfter: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const load = () => Number(loadavg()[0]!.toFixed(2))

const bundle = await readBundle(join(repo, 'content'))
const entries = collections.reduce((sum, collection) => sum + bundle[collection].length, 0)
const results: Run[] = []
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bma-bench-seed-'))
  const loadBefore = load()
  const output = execFileSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'tests/bench/seed/importOnce.ts')], {
    cwd: repo,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'Sawasdee-Krung-2026' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const run = JSON.parse(output.trim().split('\n').at(-1)!) as Omit<Run, 'loadBefore' | 'loadAfter'>
  results.push({ ...run, loadBefore, loadAfter: load() })
  rmSync(dataDir, { recursive: true, force: true })
  console.log(`  run ${i + 1}: import ${run.importSeconds} s (CPU ${run.importCpuSeconds} s), load ${loadBefore} -> ${load()}`)
}
const medianImportSeconds = median(results.map((r) => r.importSeconds))
const summary = {
  measuredAt: new Date().toISOString(),
  bundle: {
    entries,
    mediaFiles: (await filesUnder(join(repo, 'content/media'))).length,
    collections: Object.fromEntries(collections.map((c) => [c, bundle[c].length])),
  },
  goalSeconds,
  medianImportSeconds,
  medianImportCpuSeconds: median(results.map((r) => r.importCpuSeconds)),
  medianLoadAverage: median(results.map((r) => r.loadBefore)),
  runs: results,
}
await writeFile(join(repo, 'bench/results/seed-import.json'), `${JSON.stringify(summary, null, 2)}\n`)
console.log(`Seed import: median ${medianImportSeconds} s over ${runs} runs (goal ${goalSeconds} s).`)
if (medianImportSeconds > goalSeconds) process.exitCode = 1
