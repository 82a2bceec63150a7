/**
 * Indexes the built site with Pagefind when Astro's build is done: one index per language (Pagefind splits by
 * `<html lang>`), written to `/pagefind/`. What gets indexed is decided in the templates: `data-pagefind-body`
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
import { gunzipSync } from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import type { TermList } from '../lib/search/entries.ts'
import { locales } from '../lib/locales.ts'

/** Pagefind's fragments are gzip files of a signature followed by JSON (`{"url": ..., "content": ...}`). */
const fragmentSignature = 'pagefind_dcd'

export function pagefind(): AstroIntegration {
  return {
    name: 'bma:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const started = performance.now()
        const { index, errors } = await createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        try {
          const added = await index.addDirectory({ path: out })
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`)
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') })
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
          logger.info(`Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`)
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
  const fragments = new Map<string, string>()
  const folder = join(out, 'pagefind', 'fragment')
  for (const name of await readdir(folder)) {
    const text = gunzipSync(await readFile(join(folder, name))).toString('utf8')
    if (!text.startsWith(fragmentSignature)) throw new Error(`${name}: not a Pagefind fragment this build understands`)
    const { url } = JSON.parse(text.slice(fragmentSignature.length)) as { url: string }
    fragments.set(url, name.replace(/\.pf_fragment$/, ''))
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
