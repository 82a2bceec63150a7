/**
 * Site build benchmark: generates synthetic bundles of about 1,000 and 10,000 pages (five languages) and builds
 * each with `scripts/build-site.ts` from a cold cache, measuring wall time and peak memory (GNU time's maximum
 * resident set size of the build process), then again with a warm cache, then incrementally after one term is
 * edited and after one agreement is edited (what a local publish runs). The bundles hold every page kind: terms,
 * cities, news, organisations, agreements and activities. Writes bench/results/site-build.json and prints a table.
 *
 * BENCH_SITE_SIZES=1000,10000 (default) picks the sizes in pages; BENCH_SITE_RUNS=n keeps the fastest of n runs.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { generateBundle, type BundleCounts } from '../generate-bundle.ts'

const repo = new URL('../../../', import.meta.url).pathname
const tmp = join(repo, 'bench/tmp/site')
const sizes = (process.env.BENCH_SITE_SIZES ?? '1000,10000').split(',').map(Number)

/** Entries for about `pages` pages: five languages per entry, plus lists, news pages and feeds. */
function countsFor(pages: number): Required<BundleCounts> {
  const entries = Math.round(pages / 5)
  const share = (part: number) => Math.round(entries * part)
  return { terms: share(0.55), cities: share(0.08), news: share(0.17), organizations: share(0.04), agreements: share(0.06), activities: share(0.1) }
}

interface Row {
  targetPages: number
  entries: Required<BundleCounts>
  pages: number
  wallSeconds: number
  peakRssMB: number
  /** User + system CPU seconds of the build (GNU time). */
  cpuSeconds: number
  msPerPage: number
  /** Part of the wall time spent in the Pagefind integration, 0 when it is not installed. */
  searchIndexSeconds: number
  pagesOnlySeconds: number
  /** Second build of the same bundle with the first build's cache. */
  rebuildSeconds: number
  /** `--incremental` build after one glossary term's Thai name changed, and the entry pages it took unchanged. */
  incrementalSeconds: number
  incrementalReused: string
  /** `--incremental` build after one agreement's Thai title changed (its page, its partners' profiles, its activities). */
  incrementalAgreementSeconds: number
  incrementalAgreementReused: string
  /** 1-minute load average before the run: other work on this 2-core machine slows a build down. */
  loadAverageBefore: number
}

const rows: Row[] = []
const runs = Number(process.env.BENCH_SITE_RUNS ?? 1)
await mkdir(tmp, { recursive: true })
for (const target of sizes) {
  const counts = countsFor(target)
  const bundle = join(tmp, `bundle-${target}`)
  const out = join(tmp, `dist-${target}`)
  const cache = join(tmp, `cache-${target}`)
  await generateBundle(bundle, counts)
  let best: Row | undefined
  // Several runs when asked (BENCH_SITE_RUNS): the fastest is the one least disturbed by other work.
  for (let run = 0; run < runs; run++) {
    await rm(cache, { recursive: true, force: true })
    const load = round(loadavg()[0])
    const cold = await timedBuild(bundle, out, cache)
    // A rebuild of the same bundle with the cache of the first build: optimized images reused, every page rendered
    // again (what a publish cost before incremental builds).
    const warm = await timedBuild(bundle, out, cache)
    // One term renamed in Thai, then an incremental build: only the pages the change reaches are rendered.
    await editOneTerm(bundle, run)
    const incremental = await timedBuild(bundle, out, cache, ['--incremental'])
    await editOne(bundle, 'agreements', (e) => (e.title.th = `${e.title.th.replace(/ \(แก้ไข \d+\)$/, '')} (แก้ไข ${run + 1})`))
    const agreementEdit = await timedBuild(bundle, out, cache, ['--incremental'])
    const pages = countHtml(out)
    const row: Row = {
      targetPages: target,
      entries: counts,
      pages,
      wallSeconds: round(cold.wallSeconds),
      searchIndexSeconds: round(cold.searchIndexSeconds),
      pagesOnlySeconds: round(cold.wallSeconds - cold.searchIndexSeconds),
      cpuSeconds: round(cold.cpuSeconds),
      peakRssMB: Math.round(cold.peakKB / 1024),
      msPerPage: round((cold.wallSeconds * 1000) / pages),
      rebuildSeconds: round(warm.wallSeconds),
      incrementalSeconds: round(incremental.wallSeconds),
      incrementalReused: incremental.reused,
      incrementalAgreementSeconds: round(agreementEdit.wallSeconds),
      incrementalAgreementReused: agreementEdit.reused,
      loadAverageBefore: load,
    }
    if (!best || row.wallSeconds < best.wallSeconds) best = row
  }
  rows.push(best as Row)
  await rm(out, { recursive: true, force: true })
  await rm(cache, { recursive: true, force: true })
}

/** One `build:site` run under GNU time: wall time, peak RSS, CPU time, and the search-index share. */
async function timedBuild(bundle: string, out: string, cache: string, extra: string[] = []) {
  const started = performance.now()
  // --verbose: Astro's info log names the search-index step (when the Pagefind integration is present) and its time.
  const { stdout, stderr } = await promisify(execFile)(
    '/usr/bin/time',
    ['-v', join(repo, 'node_modules/.bin/tsx'), 'scripts/build-site.ts', '--content', bundle, '--out', out, '--cache-dir', cache, '--verbose', ...extra],
    { cwd: repo, maxBuffer: 256 * 1024 * 1024 },
  )
  const wallSeconds = (performance.now() - started) / 1000
  const log = stdout + stderr
  return {
    wallSeconds,
    searchIndexSeconds: Number(/Pagefind indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? 0) / 1000,
    reused: /(\d+ of \d+) entry pages reused/.exec(log)?.[1] ?? 'none',
    peakKB: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0),
    // User + system CPU of the build: unlike wall time, hardly inflated by other work on the machine.
    cpuSeconds: Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0),
  }
}

async function editOneTerm(bundle: string, run: number): Promise<void> {
  await editOne(bundle, 'glossary', (e) => (e.term.th = `${e.term.th.replace(/ \(แก้ไข \d+\)$/, '')} (แก้ไข ${run + 1})`))
}

/** Changes the first entry (by file name) of a collection. */
async function editOne(bundle: string, collection: string, change: (entry: { [field: string]: { th: string } }) => void): Promise<void> {
  const file = join(bundle, collection, (await readdir(join(bundle, collection))).sort()[0]!)
  const entry = JSON.parse(await readFile(file, 'utf8'))
  change(entry)
  await writeFile(file, `${JSON.stringify(entry, null, 2)}\n`)
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length
}
function round(n: number) {
  return Math.round(n * 100) / 100
}

const result = {
  benchmark: 'site-build',
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  note: 'Cold build (fresh Astro cache) of a synthetic bundle; wall time of the whole `build:site` process (bundle check, Astro, search index when present), peak RSS of that process (GNU time).',
  rows,
}
await mkdir(join(repo, 'bench/results'), { recursive: true })
await writeFile(join(repo, 'bench/results/site-build.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('\nSite build (cold cache)')
console.log(
  '| pages | terms / cities / news / organisations / agreements / activities | wall time | of which search index | without index | CPU time | peak RSS | per page | rebuild (warm cache) | incremental, one term edited (entry pages reused) | incremental, one agreement edited | load before |',
)
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows)
  console.log(
    `| ${r.pages} | ${Object.values(r.entries).join(' / ')} | ${r.wallSeconds} s | ${r.searchIndexSeconds} s | ${r.pagesOnlySeconds} s | ${r.cpuSeconds} s | ${r.peakRssMB} MB | ${r.msPerPage} ms | ${r.rebuildSeconds} s | ${r.incrementalSeconds} s (${r.incrementalReused}) | ${r.incrementalAgreementSeconds} s (${r.incrementalAgreementReused}) | ${r.loadAverageBefore} |`,
  )
console.log('\nwrote bench/results/site-build.json')
