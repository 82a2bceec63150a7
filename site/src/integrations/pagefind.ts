/**
 * Indexes the built site with Pagefind when Astro's build is done: one Pagefind bundle per language, written to
 * `/pagefind/{lang}/`, so each language's index can be built its own way. Thai, Chinese and Japanese pages are
 * handed to Pagefind segmented by the same word breaks the browser applies to queries (lib/search/segment.ts),
 * English and Korean pages as they are; only pages with something to index (`data-pagefind-body`). In an
 * incremental build (lib/incremental.ts) the pages taken from the last build are indexed from their staging folder
 * while Astro renders the rest, in Pagefind's own process, and moved into the output while Pagefind writes; so this
 * runs after every other integration that writes pages. What gets indexed is decided in the templates:
 * `data-pagefind-body` on the main content of term, city and news pages (never on fallback pages), filters and
 * meta beside it.
 *
 * Then each language's term list (`/{lang}/search/terms.json`) is told which Pagefind fragment holds each
 * indexed entry, so the search page shows a term's excerpt from the fragment it may load anyway instead of
 * every term list carrying every excerpt; entries Pagefind does not index (fallback pages) keep theirs.
 * Pagefind's prebuilt UI bundles are removed: the site has its own search page.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, gunzipSync } from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { close, createIndex, type PagefindIndex } from 'pagefind'
import { filesUnder } from '../../../content/files.ts'
import { buildPlan, placeReused } from '../lib/incremental.ts'
import type { TermList } from '../lib/search/entries.ts'
import { segmentHtml, unsegmentedLanguage } from '../lib/search/segment.ts'
import { localeFacts } from '../../../content/schema/locales.ts'
import { langTag, locales, type Locale } from '../lib/locales.ts'

/** Pagefind's fragments are gzip files of a signature followed by JSON (`{"url": ..., "content": ...}`). */
const fragmentSignature = 'pagefind_dcd'

/** The first kilobyte or so of a fragment's text: enough for the signature and the URL. */
function fragmentHead(gzipped: Buffer): string {
  return gunzipSync(gzipped.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')
}

/** One language's Pagefind index, fed from any folder laid out like the output. */
async function languageIndex(lang: Locale) {
  // Languages written without spaces are segmented here rather than by Pagefind (lib/search/segment.ts).
  const segmented = localeFacts[lang].segmented
  const created = await createIndex(segmented ? { forceLanguage: unsegmentedLanguage } : {})
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
  const index: PagefindIndex = created.index
  const check = (errors: string[], what: string) => {
    if (errors.length > 0) throw new Error(`Pagefind could not index ${what}: ${errors.join('; ')}`)
  }
  /** Adds one page of this language (`path` relative to `{root}/{lang}/`); resolves to 1 when it was indexed. */
  const addPage = async (root: string, path: string): Promise<number> => {
    const file = join(root, lang, path)
    const html = await readFile(file, 'utf8')
    // Pages without a body to index (lists, the search page) would otherwise be indexed whole.
    if (!html.includes('data-pagefind-body')) return 0
    const url = `/${lang}/${path.split(sep).join('/')}`.replace(/index\.html$/, '')
    const added = await index.addHTMLFile({ url, content: segmented ? segmentHtml(html, langTag[lang]) : html })
    check(added.errors, file)
    return 1
  }
  return {
    /** Adds the pages of this language under `root` (laid out like the output); resolves to how many were indexed. */
    async add(root: string): Promise<number> {
      const pages = (await filesUnder(join(root, lang))).filter((path) => path.endsWith('.html'))
      let count = 0
      for (let i = 0; i < pages.length; i += 64) for (const n of await Promise.all(pages.slice(i, i + 64).map((path) => addPage(root, path)))) count += n
      return count
    },
    async write(out: string): Promise<void> {
      const written = await index.writeFiles({ outputPath: join(out, 'pagefind', lang) })
      check(written.errors, `${lang} (writing)`)
    },
  }
}
type LanguageIndex = Awaited<ReturnType<typeof languageIndex>>

export function pagefind(): AstroIntegration {
  let indexes: LanguageIndex[] | undefined
  /** In an incremental build: the reused pages, added from their staging folder while Astro renders the others. */
  let reused: Promise<number[]> | undefined
  const start = () => Promise.all(locales.map(languageIndex))
  const addAll = (root: string) => Promise.all(indexes!.map((index) => index.add(root)))
  return {
    name: 'bma:pagefind',
    hooks: {
      'astro:build:start': async () => {
        const plan = buildPlan()
        if (!plan) return
        indexes = await start()
        reused = addAll(plan.stage)
        reused.catch(() => {}) // awaited, and reported, when the build is done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const started = performance.now()
        try {
          indexes ??= await start()
          const counts = [...((await reused) ?? []), ...(await addAll(out))]
          const pages = counts.reduce((sum, n) => sum + n, 0)
          // Writing takes seconds in Pagefind's own process: the reused pages move into the output meanwhile.
          const plan = buildPlan()
          await Promise.all([...indexes.map((index) => index.write(out)), plan && placeReused(plan, out)])
          logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`)
          if (plan) logger.info(`Reused ${plan.reuse.length} unchanged pages from ${plan.from}`)
        } finally {
          await close()
        }
        for (const lang of locales) {
          const pf = join(out, 'pagefind', lang)
          if (!existsSync(pf)) continue
          for (const name of await readdir(pf)) if (/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\.js$/.test(name)) await rm(join(pf, name))
          await linkFragments(out, lang)
        }
      },
    },
  }
}

async function linkFragments(out: string, lang: Locale): Promise<void> {
  const folder = join(out, 'pagefind', lang, 'fragment')
  const names = await readdir(folder)
  const fragments = new Map<string, string>()
  // Thousands of fragments: read in parallel, and inflate only the start, where the URL is.
  for (let i = 0; i < names.length; i += 256) {
    const batch = names.slice(i, i + 256)
    const heads = await Promise.all(batch.map(async (name) => fragmentHead(await readFile(join(folder, name)))))
    batch.forEach((name, j) => {
      const head = heads[j]!
      if (!head.startsWith(fragmentSignature)) throw new Error(`${name}: not a Pagefind fragment this build understands`)
      const url = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(head.slice(fragmentSignature.length))?.[1]
      if (!url) throw new Error(`${name}: a Pagefind fragment without its URL first`)
      fragments.set(JSON.parse(url) as string, name.replace(/\.pf_fragment$/, ''))
    })
  }
  const file = join(out, lang, 'search', 'terms.json')
  if (!existsSync(file)) return
  const list = JSON.parse(await readFile(file, 'utf8')) as TermList
  for (const entry of list.entries) {
    const fragment = fragments.get(entry.u)
    if (fragment) {
      entry.f = fragment
      delete entry.e
    }
  }
  await writeFile(file, JSON.stringify(list))
}
