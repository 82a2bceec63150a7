/**
 * Indexes the built site with Pagefind when Astro's build is done: one index per language (Pagefind splits by
 * `<html lang>`), written to `/pagefind/`. In an incremental build (lib/incremental.ts) the pages taken from the
 * last build are indexed from their staging folder while Astro renders the rest, in Pagefind's own process, and
 * moved into the output while Pagefind writes; so this runs after every other integration that writes pages. What gets indexed is decided in the templates: `data-pagefind-body`
 * on the main content of term, city and news pages (never on fallback pages), filters and meta beside it.
 *
 * Then each language's term list (`/{lang}/search/terms.json`) is told which Pagefind fragment holds each
 * indexed entry, so the search page shows a term's excerpt from the fragment it may load anyway instead of
 * every term list carrying every excerpt; entries Pagefind does not index (fallback pages) keep theirs.
 * Pagefind's prebuilt UI bundles are removed: the site has its own search page.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, gunzipSync } from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { close, createIndex, type PagefindIndex } from 'pagefind'
import { buildPlan, placeReused } from '../lib/incremental.ts'
import type { TermList } from '../lib/search/entries.ts'
import { locales } from '../lib/locales.ts'

/** Pagefind's fragments are gzip files of a signature followed by JSON (`{"url": ..., "content": ...}`). */
const fragmentSignature = 'pagefind_dcd'

/** The first kilobyte or so of a fragment's text: enough for the signature and the URL. */
function fragmentHead(gzipped: Buffer): string {
  return gunzipSync(gzipped.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')
}

export function pagefind(): AstroIntegration {
  let index: PagefindIndex | undefined
  /** In an incremental build: the reused pages, added from their staging folder while Astro renders the others. */
  let reused: Promise<number> | undefined
  const start = async () => {
    const created = await createIndex({})
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`)
    return created.index
  }
  const add = async (path: string) => {
    const added = await index!.addDirectory({ path })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`)
    return added.page_count
  }
  return {
    name: 'bma:pagefind',
    hooks: {
      'astro:build:start': async () => {
        const plan = buildPlan()
        if (!plan) return
        index = await start()
        reused = add(plan.stage)
        reused.catch(() => {}) // awaited, and reported, when the build is done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const started = performance.now()
        try {
          index ??= await start()
          const pages = (await reused ?? 0) + (await add(out))
          // Writing takes seconds in Pagefind's own process: the reused pages move into the output meanwhile.
          const plan = buildPlan()
          const [written] = await Promise.all([index.writeFiles({ outputPath: join(out, 'pagefind') }), plan && placeReused(plan, out)])
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
          logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`)
          if (plan) logger.info(`Reused ${plan.reuse.length} unchanged pages from ${plan.from}`)
        } finally {
          await close()
        }
        const pf = join(out, 'pagefind')
        for (const name of await readdir(pf)) if (/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\.js$/.test(name)) await rm(join(pf, name))
        await linkFragments(out)
      },
    },
  }
}

async function linkFragments(out: string): Promise<void> {
  const folder = join(out, 'pagefind', 'fragment')
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
  for (const lang of locales) {
    const file = join(out, lang, 'search', 'terms.json')
    if (!existsSync(file)) continue
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
}
