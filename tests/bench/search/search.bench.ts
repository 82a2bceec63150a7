/**
 * Search-quality benchmark: the labelled query set (`queries.json`, written by `make-queries.ts`) against the
 * seeded content, through the search page in Debian Chromium. Reports recall@5 and MRR per language and per
 * kind, for the site's search and for plain Pagefind on the same index (`?engine=pagefind`, the raw query), the
 * bytes a reader's browser transfers (gzip, as a static host sends them) and the time to results for a first
 * query (every labelled query, each in a fresh browser profile) and for later ones, and the size of the search
 * JavaScript and of each language's full-text index. Writes `bench/results/search.json`.
 *
 * `npm run bench -- search` or `npx tsx tests/bench/search/search.bench.ts [--dist DIR] [--engine site|pagefind|both]`
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { buildFixture, launchChromium, locales, repo } from '../../support/site.ts'
import { serveSite } from '../../support/serveSite.ts'
import { labelledQueries, rankOf, resultsFor, shownResults, type LabelledQuery } from '../../support/searchQueries.ts'

const { values } = parseArgs({ options: { dist: { type: 'string' }, engine: { type: 'string', default: 'both' }, out: { type: 'string' } } })
/** `--engine none`: bytes and timings only. */
const engines = values.engine === 'both' ? ['site', 'pagefind'] : values.engine === 'none' ? [] : [values.engine!]

interface Scored extends LabelledQuery {
  engine: string
  rank: number
  top: string[]
}

const built = values.dist ? { dist: values.dist, cleanup: async () => {} } : await buildFixture(join(repo, 'content'))
const served = await serveSite(built.dist)
const browser = await launchChromium()
const scored: Scored[] = []
const queries = labelledQueries()
const started = performance.now()
try {
  const context = await browser.newContext()
  const page = await context.newPage()
  for (const engine of engines) {
    for (const q of queries) {
      const results = await resultsFor(page, served.origin, q.lang, q.q, engine === 'pagefind' ? 'pagefind' : undefined)
      scored.push({ ...q, engine, rank: rankOf(results, q.relevant), top: results.slice(0, 5) })
    }
  }
  await context.close()
} finally {
  // timings need a fresh browser state; measured below
}

/** Bytes and time of a first query (nothing cached) and of later queries typed into the page. */
async function timings(lang: string, first: string, later: string[]) {
  const context = await browser.newContext()
  const page = await context.newPage()
  served.reset()
  const t0 = performance.now()
  await page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(first)}`)
  await shownResults(page, first)
  const firstMs = performance.now() - t0
  const firstBytes = served.sent().bytes
  const firstRequests = served.sent().requests
  const laterMs: number[] = []
  const computeMs: number[] = []
  const laterBytes: number[] = []
  for (const q of later) {
    served.reset()
    await page.fill('#search-page-q', '')
    await page.locator('#search-page-q').pressSequentially(q, { delay: 60 })
    await shownResults(page, q)
    laterMs.push(Number(await page.$eval('[data-search-results]', (e) => (e as HTMLElement).dataset.searchMs)))
    computeMs.push(Number(await page.$eval('[data-search-results]', (e) => (e as HTMLElement).dataset.searchComputeMs)))
    laterBytes.push(served.sent().bytes)
  }
  await context.close()
  laterMs.sort((a, b) => a - b)
  computeMs.sort((a, b) => a - b)
  return {
    laterComputeMsMedian: computeMs[Math.floor(computeMs.length / 2)],
    laterComputeMsMax: computeMs.at(-1),
    firstQuery: first,
    firstBytes,
    firstRequests: firstRequests.length,
    firstMs: Math.round(firstMs),
    laterMsMedian: laterMs[Math.floor(laterMs.length / 2)],
    laterMsMax: laterMs.at(-1),
    laterBytesMedian: laterBytes.sort((a, b) => a - b)[Math.floor(laterBytes.length / 2)],
  }
}

/** Bytes and time of first queries alone: one query of each kind, each in a fresh browser profile. */
async function firstQueries(lang: string, list: string[], engine = '') {
  const bytes: number[] = []
  const ms: number[] = []
  for (const q of list) {
    const context = await browser.newContext()
    const page = await context.newPage()
    served.reset()
    const t0 = performance.now()
    await page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(q)}${engine ? `&engine=${engine}` : ''}`)
    await shownResults(page, q)
    ms.push(Math.round(performance.now() - t0))
    bytes.push(served.sent().bytes)
    await context.close()
  }
  const sorted = (x: number[]) => [...x].sort((a, b) => a - b)
  return {
    queries: list,
    bytes,
    ms,
    bytesMedian: sorted(bytes)[Math.floor(bytes.length / 2)],
    bytesMax: Math.max(...bytes),
    msMedian: sorted(ms)[Math.floor(ms.length / 2)],
    under150KB: bytes.filter((b) => b < 150 * 1024).length,
  }
}

const perf: Record<string, Awaited<ReturnType<typeof timings>>> = {}
const first: Record<string, Awaited<ReturnType<typeof firstQueries>>> = {}
const firstPlain: Record<string, Awaited<ReturnType<typeof firstQueries>>> = {}
for (const lang of locales) {
  const mine = queries.filter((q) => q.lang === lang)
  perf[lang] = await timings(
    lang,
    mine[0].q,
    mine.slice(1, 9).map((q) => q.q),
  )
  const oneOfEachKind = [...new Set(mine.map((q) => q.kind))].map((kind) => mine.find((q) => q.kind === kind)!.q)
  // Every labelled query as a first query; plain Pagefind, the comparison, on one query of each kind.
  first[lang] = await firstQueries(
    lang,
    mine.map((q) => q.q),
  )
  firstPlain[lang] = await firstQueries(lang, oneOfEachKind, 'pagefind')
}
await browser.close()
await served.close()

function metrics(list: Scored[]) {
  const n = list.length
  return {
    n,
    recall5: n ? list.filter((s) => s.rank > 0 && s.rank <= 5).length / n : 0,
    mrr: n ? list.reduce((sum, s) => sum + (s.rank > 0 ? 1 / s.rank : 0), 0) / n : 0,
  }
}

const kinds = [...new Set(queries.map((q) => q.kind))]
const table: Record<string, Record<string, Record<string, ReturnType<typeof metrics>>>> = {}
for (const engine of engines) {
  table[engine] = {}
  for (const lang of locales) {
    const mine = scored.filter((s) => s.engine === engine && s.lang === lang)
    table[engine][lang] = { all: metrics(mine) }
    for (const kind of kinds) {
      const k = mine.filter((s) => s.kind === kind)
      if (k.length) table[engine][lang][kind] = metrics(k)
    }
  }
}

const dist = built.dist
const gz = (file: string) => gzipSync(readFileSync(file)).length
const astro = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'))
const size = {
  searchScript: astro.map((f) => ({ file: f, bytes: statSync(join(dist, '_astro', f)).size, gzip: gz(join(dist, '_astro', f)) })),
  pagefindJs: { bytes: statSync(join(dist, 'pagefind/en/pagefind.js')).size, gzip: gz(join(dist, 'pagefind/en/pagefind.js')) },
  /** Pagefind's WebAssembly, already gzip: with the English stemmer, and without (the other four languages). */
  wasm: { en: statSync(join(dist, 'pagefind/en/wasm.en.pagefind')).size, unknown: statSync(join(dist, 'pagefind/th/wasm.unknown.pagefind')).size },
  /** Each language's full-text index: its chunks, of which a query loads those holding its words. */
  index: Object.fromEntries(
    locales.map((l) => {
      const chunks = readdirSync(join(dist, 'pagefind', l, 'index')).map((f) => statSync(join(dist, 'pagefind', l, 'index', f)).size)
      return [l, { chunks: chunks.length, bytes: chunks.reduce((a, b) => a + b, 0) }]
    }),
  ),
  termLists: Object.fromEntries(
    locales.map((l) => [l, { bytes: statSync(join(dist, l, 'search/terms.json')).size, gzip: gz(join(dist, l, 'search/terms.json')) }]),
  ),
  /** Forms served apart, loaded only for queries with such letters (the English site has no latin.json). */
  extraForms: Object.fromEntries(
    locales.map((l) => [
      l,
      Object.fromEntries(
        ['latin', 'other-scripts'].filter((p) => existsSync(join(dist, l, `search/${p}.json`))).map((p) => [p, gz(join(dist, l, `search/${p}.json`))]),
      ),
    ]),
  ),
}

const pct = (x: number) => x.toFixed(3)
const lines: string[] = []
for (const engine of engines) {
  lines.push(`\n${engine === 'site' ? 'Site search (normalization + term list + Pagefind)' : 'Plain Pagefind (raw query, same index)'}: recall@5 / MRR`)
  lines.push(['kind'.padEnd(13), ...locales.map((l) => l.padEnd(15))].join(''))
  for (const kind of ['all', ...kinds]) {
    lines.push(
      [
        kind.padEnd(13),
        ...locales.map((l) =>
          table[engine][l][kind] ? `${pct(table[engine][l][kind].recall5)} ${pct(table[engine][l][kind].mrr)}`.padEnd(15) : '-'.padEnd(15),
        ),
      ].join(''),
    )
  }
}
lines.push('\nFirst query (empty cache) and later queries typed into the page:')
for (const lang of locales) {
  const p = perf[lang]
  lines.push(
    `${lang}: first ${(p.firstBytes / 1024).toFixed(1)} KB in ${p.firstRequests} requests, ${p.firstMs} ms; later: results ${p.laterMsMedian} ms median (max ${p.laterMsMax}) after the debounce (computing them took ${p.laterComputeMsMedian} ms median, max ${p.laterComputeMsMax}, from the reader's pause), ${(p.laterBytesMedian / 1024).toFixed(1)} KB`,
  )
}
lines.push('\nFirst queries: every labelled query (plain Pagefind: one of each kind), each in a fresh browser profile:')
for (const lang of locales) {
  const f = first[lang]
  const p = firstPlain[lang]
  lines.push(
    `${lang}: ${(f.bytesMedian / 1024).toFixed(1)} KB median, ${(f.bytesMax / 1024).toFixed(1)} KB max, ${f.under150KB}/${f.bytes.length} under 150 KB; results in ${f.msMedian} ms median (plain Pagefind: ${(p.bytesMedian / 1024).toFixed(1)} KB median, ${(p.bytesMax / 1024).toFixed(1)} KB max, ${p.msMedian} ms)`,
  )
}
lines.push(
  `\nSearch script: ${size.searchScript.map((s) => `${s.file} ${s.bytes} B (${s.gzip} B gzip)`).join(', ')}; pagefind.js ${size.pagefindJs.gzip} B gzip; wasm ${size.wasm.unknown} B (English, with its stemmer: ${size.wasm.en} B)`,
)
lines.push(`Full-text indexes: ${locales.map((l) => `${l} ${(size.index[l].bytes / 1024).toFixed(1)} KB in ${size.index[l].chunks} chunks`).join(', ')}`)
lines.push(`Term lists (gzip): ${locales.map((l) => `${l} ${size.termLists[l].gzip} B`).join(', ')}`)
lines.push(
  `Forms served apart (gzip; latin / other scripts): ${locales.map((l) => `${l} ${size.extraForms[l].latin ?? '-'} / ${size.extraForms[l]['other-scripts']} B`).join(', ')}`,
)
console.log(lines.join('\n'))

const misses = scored.filter((s) => s.engine === 'site' && (s.rank === 0 || s.rank > 5)).map((s) => `${s.lang} ${s.kind} "${s.q}" -> ${s.top.join(' ')}`)
if (misses.length) console.log(`\nMisses of the site search (${misses.length}):\n${misses.join('\n')}`)

const out = values.out ?? join(repo, 'bench/results/search.json')
mkdirSync(join(out, '..'), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), queries: queries.length, seconds: Math.round((performance.now() - started) / 1000), table, perf, first, firstPlain, size, misses, scored: scored.map(({ lang, q, kind, engine, rank }) => ({ lang, q, kind, engine, rank })) }, null, 1)}\n`,
)
writeFileSync(
  out.replace(/\.json$/, '.md'),
  `# Search benchmark (${new Date().toISOString().slice(0, 10)}, ${queries.length} labelled queries)\n\n\`\`\`\n${lines.join('\n').trim()}\n\`\`\`\n${misses.length ? `\nMisses of the site search:\n\n${misses.map((m) => `- ${m}`).join('\n')}\n` : ''}`,
)
console.log(`\nWrote ${out} and its table as Markdown`)
await built.cleanup()
