/**
 * Indexes the built site with Pagefind when Astro's build is done: per language, bundles of a few hundred pages
 * each (lib/search/indexShards.ts) under `/pagefind/{lang}/`, which the search page merges. Pagefind is given
 * only what it indexes of each page (lib/search/indexInput.ts: the `data-pagefind-body` element, decided in the
 * templates, never on fallback pages); Thai, Chinese and Japanese text segmented by the same word breaks the
 * browser applies to queries (lib/search/segment.ts). An incremental build (lib/incremental.ts) writes again only
 * the shards whose pages' indexed text changed and takes the others from the last build. Runs after every other
 * integration that writes pages, and moves the reused pages of an incremental build into the output first.
 *
 * Then each language's term list (`/{lang}/search/terms.json`) is told which Pagefind fragment (and shard) holds
 * each indexed entry, so the search page shows a term's excerpt from the fragment it may load anyway instead of
 * every term list carrying every excerpt; entries Pagefind does not index (fallback pages) keep theirs; and how
 * many shards to merge. Pagefind's prebuilt UI bundles are removed: the site has its own search page.
 */
import { existsSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, gunzipSync } from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { filesUnder, inBatches } from '../../../content/files.ts'
import { localeFacts } from '../../../content/schema/locales.ts'
import { buildInput } from '../lib/handover.ts'
import { buildPlan, placeReused } from '../lib/incremental.ts'
import type { TermList } from '../lib/search/entries.ts'
import { indexInput, inputHash } from '../lib/search/indexInput.ts'
import { shardCount, shardOf, shardPages, shardPath, shardUnchanged, type IndexRecord, type LanguageIndex } from '../lib/search/indexShards.ts'
import { segmentHtml, unsegmentedLanguage } from '../lib/search/segment.ts'
import { langTag, locales, type Locale } from '../lib/locales.ts'

/**
 * Postings per index chunk (Pagefind's default 20,000). A query loads the chunk of each of its words; at 2,000 a
 * chunk is 2–7 KB instead of 24–54 KB, for a few hundred bytes more of the metadata every query loads. Pagefind
 * reads it from its environment only (undocumented, so checked below: `checkChunking`).
 */
const chunkPostings = '2000'

/** Pagefind's fragments are gzip files of a signature followed by JSON (`{"url": ..., "content": ...}`). */
const fragmentSignature = 'pagefind_dcd'

/** The first kilobyte or so of a fragment's text: enough for the signature and the URL. */
function fragmentHead(gzipped: Buffer): string {
  return gunzipSync(gzipped.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')
}

/** An indexed page of this build: its URL, the hash of what is indexed and, once read, the input itself. */
interface Page {
  url: string
  file: string
  hash: string
  input?: string
}

/** Files Pagefind writes that the site does not use: its UI bundles; in merged shards, the script and WebAssembly. */
const unused = (shard: number) => (shard === 0 ? /^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\.js$/ : /^pagefind(-\w+)*\.js$|^wasm\./)

export function pagefind(): AstroIntegration {
  return {
    name: 'bma:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const started = performance.now()
        const plan = buildPlan()
        const { lastIndex, indexRecordFile } = buildInput()
        if (plan) await placeReused(plan, out)
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= chunkPostings
        const record: IndexRecord = { shardPages, languages: {} }
        // Shards of the last build are reused only by an incremental build (same code) of the same shard size.
        const last = plan && lastIndex?.shardPages === shardPages ? lastIndex : undefined
        let counts: Array<{ pages: number; shards: number; written: number }>
        try {
          counts = await Promise.all(
            locales.map(async (lang) => {
              const index = await indexLanguage(out, lang, last?.languages[lang], plan)
              record.languages[lang] = index.record
              return index.counts
            }),
          )
        } finally {
          await close()
        }
        const sum = (key: 'pages' | 'shards' | 'written') => counts.reduce((total, c) => total + c[key], 0)
        logger.info(
          `Pagefind indexed ${sum('pages')} pages in ${Math.round(performance.now() - started)} ms (${sum('written')} of ${sum('shards')} shards written)`,
        )
        if (plan) logger.info(`Reused ${plan.reuse.length} unchanged pages from ${plan.from}`)
        if (indexRecordFile) await writeFile(indexRecordFile, JSON.stringify(record))
      },
    },
  }
}

/** Indexes one language's pages under `out`, writing the shards that changed and linking the others from `plan.from`. */
async function indexLanguage(out: string, lang: Locale, last: LanguageIndex | undefined, plan: { from: string; reuse: string[] } | undefined) {
  const reused = new Set(last ? plan?.reuse : [])
  const pages: Page[] = []
  const paths = (await filesUnder(join(out, lang))).filter((path) => path.endsWith('.html'))
  await inBatches(paths, async (path) => {
    const url = `/${lang}/${path.split(sep).join('/')}`.replace(/index\.html$/, '')
    const file = join(out, lang, path)
    // A reused page was indexed as it is: its hash is in the record (a page missing there has no body to index).
    if (reused.has(url)) {
      const before = last!.pages[url]
      if (before) pages.push({ url, file, hash: before.hash })
      return
    }
    const input = indexInput(await readFile(file, 'utf8'))
    if (input) pages.push({ url, file, hash: inputHash(input), input })
  })
  pages.sort((a, b) => (a.url < b.url ? -1 : 1))
  const { shards, members } = cut(pages)
  const fragments = new Map<string, string>()
  let written = 0
  await Promise.all(
    members.map(async (shardPages, shard) => {
      const folder = join(out, 'pagefind', shardPath(lang, shard))
      const hashes = new Map(shardPages.map((p) => [p.url, p.hash]))
      if (plan && shardUnchanged(last, shards, shard, hashes) && (await linkShard(join(plan.from, 'pagefind', shardPath(lang, shard)), folder, shard))) {
        for (const p of shardPages) fragments.set(p.url, last!.pages[p.url]!.fragment)
        return
      }
      await writeShard(lang, shardPages, folder, shard)
      for (const [url, fragment] of await fragmentsOf(folder)) fragments.set(url, fragment)
      written++
    }),
  )
  const record: LanguageIndex = { shards, pages: {} }
  for (const p of pages) record.pages[p.url] = { hash: p.hash, fragment: fragments.get(p.url)! }
  await linkFragments(out, lang, record)
  return { record, counts: { pages: pages.length, shards, written } }
}

/** The pages of each shard: as many shards as `shardCount` gives, fewer should one be left empty (a small site). */
function cut(pages: Page[]): { shards: number; members: Page[][] } {
  for (let shards = shardCount(pages.length); ; shards--) {
    const members = Array.from({ length: shards }, () => [] as Page[])
    for (const page of pages) members[shardOf(page.url, shards)]!.push(page)
    if (shards === 1 || members.every((m) => m.length > 0)) return { shards, members }
  }
}

async function writeShard(lang: Locale, pages: Page[], folder: string, shard: number): Promise<void> {
  // Languages written without spaces are segmented here rather than by Pagefind (lib/search/segment.ts).
  const segmented = localeFacts[lang].segmented
  const created = await createIndex(segmented ? { forceLanguage: unsegmentedLanguage } : {})
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
  const index = created.index
  const check = (errors: string[], what: string) => {
    if (errors.length > 0) throw new Error(`Pagefind could not index ${what}: ${errors.join('; ')}`)
  }
  // Added in URL order, so a shard holding the same pages is the same whichever build writes it.
  const content = async (page: Page) => {
    const input = page.input ?? indexInput(await readFile(page.file, 'utf8'))
    if (!input) throw new Error(`${page.file}: the last build indexed this page, but it has nothing to index now`)
    return segmented ? segmentHtml(input, langTag[lang]) : input
  }
  const added: Array<Promise<void>> = []
  for (let i = 0; i < pages.length; i += 64) {
    const batch = pages.slice(i, i + 64)
    const contents = await Promise.all(batch.map(content))
    batch.forEach((page, j) => added.push(index.addHTMLFile({ url: page.url, content: contents[j]! }).then((result) => check(result.errors, page.file))))
  }
  await Promise.all(added)
  const result = await index.writeFiles({ outputPath: folder })
  check(result.errors, `${shardPath(lang, shard)} (writing)`)
  for (const name of await readdir(folder)) if (unused(shard).test(name)) await rm(join(folder, name))
  if (shard === 0) await checkChunking(folder)
}

/** Pagefind must have read the chunk size: without it a query loads ten times the index bytes. */
async function checkChunking(folder: string): Promise<void> {
  const { languages } = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
  const pages = Object.values(languages).reduce((sum, l) => sum + l.page_count, 0)
  const chunks = (await readdir(join(folder, 'index'))).length
  if (pages >= 100 && chunks < 4)
    throw new Error(`Pagefind wrote ${chunks} index chunks for ${pages} pages: it no longer reads PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`)
}

/** Links a shard of the last build into the output; false when that build no longer has it whole. */
async function linkShard(from: string, to: string, shard: number): Promise<boolean> {
  if (!existsSync(join(from, 'pagefind-entry.json'))) return false
  // The first shard's folder holds the others: those are linked (or written) on their own.
  const files = (await filesUnder(from)).filter((path) => shard !== 0 || !/^\d+$/.test(path.split(sep)[0]!))
  try {
    await inBatches([...new Set(files.map((path) => dirname(join(to, path))))], (folder) => mkdir(folder, { recursive: true }).then(() => {}))
    await inBatches(files, (path) => link(join(from, path), join(to, path)))
    return true
  } catch (error) {
    if (!['ENOENT', 'EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
    await rm(to, { recursive: true, force: true })
    return false
  }
}

/** The fragment of each page a shard holds, by URL. */
async function fragmentsOf(folder: string): Promise<Map<string, string>> {
  const names = await readdir(join(folder, 'fragment'))
  const fragments = new Map<string, string>()
  await inBatches(names, async (name) => {
    const head = fragmentHead(await readFile(join(folder, 'fragment', name)))
    if (!head.startsWith(fragmentSignature)) throw new Error(`${name}: not a Pagefind fragment this build understands`)
    const url = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(head.slice(fragmentSignature.length))?.[1]
    if (!url) throw new Error(`${name}: a Pagefind fragment without its URL first`)
    fragments.set(JSON.parse(url) as string, name.replace(/\.pf_fragment$/, ''))
  })
  return fragments
}

/** The term list learns each indexed entry's fragment and shard, and how many shards there are. */
async function linkFragments(out: string, lang: Locale, index: LanguageIndex): Promise<void> {
  const file = join(out, lang, 'search', 'terms.json')
  if (!existsSync(file)) return
  const list = JSON.parse(await readFile(file, 'utf8')) as TermList
  for (const entry of list.entries) {
    const page = index.pages[entry.u]
    if (!page) continue
    entry.f = page.fragment
    const shard = shardOf(entry.u, index.shards)
    if (shard > 0) entry.s = shard
    delete entry.e
  }
  if (index.shards > 1) list.shards = index.shards
  await writeFile(file, JSON.stringify(list))
}
