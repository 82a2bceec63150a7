/**
 * Indexes the built site with Pagefind when Astro's build is done: one index per language (Pagefind splits by
 * `<html lang>`), written to `/pagefind/`. What gets indexed is decided in the templates: `data-pagefind-body`
 * on the main content of term, city and news pages (never on fallback pages), filters and meta beside it.
 */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

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
      },
    },
  }
}
