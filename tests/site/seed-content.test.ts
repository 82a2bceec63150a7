/** The real seed bundle in content/ builds into a complete site: every public entry in every language, no broken link. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, inject, it } from 'vitest'
import { isPublicEntry, readBundle } from '../../content/bundle.ts'
import { pageCollections, registry } from '../../content/schema/index.ts'
import { brokenLinks, fileFor, filesUnder, locales, repo } from '../support/site.ts'

// Built once per run by support/builtSites.ts (a bundle that does not build fails the run there, with its problems).
const dist = inject('seedSite')

it('has a page for every public entry in every language', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const missing: string[] = []
  let pages = 0
  for (const collection of pageCollections) {
    for (const entry of bundle[collection].filter((e) => isPublicEntry(collection, e))) {
      for (const lang of locales) {
        pages++
        const path = `/${lang}/${registry[collection].segment}/${entry.slug}/`
        if (!fileFor(dist, path)) missing.push(path)
      }
    }
  }
  // The seed's glossary alone is 150 terms in five languages: an empty count would make the check pass by itself.
  expect(pages).toBeGreaterThan(150 * 5)
  expect(missing).toEqual([])
})

it('has zero broken internal links', () => {
  expect(brokenLinks(dist)).toEqual([])
})

it('keeps every term page under 20 KB of HTML+CSS gzipped', () => {
  const sizes = filesUnder(dist)
    .filter((f) => /^[a-z]{2}\/glossary\/[^/]+\/index\.html$/.test(f))
    .map((file) => {
      const html = readFileSync(join(dist, file))
      const css = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gzipSync(readFileSync(join(dist, m[1]))).length)
      return gzipSync(html).length + css.reduce((a, b) => a + b, 0)
    })
  // Every term of the seed bundle in every language: an empty list would make the budget pass by itself.
  expect(sizes.length).toBeGreaterThanOrEqual(150 * 5)
  const largest = Math.max(...sizes)
  console.log(`seed: ${sizes.length} term pages, largest ${(largest / 1024).toFixed(1)} KB gzipped (HTML+CSS)`)
  expect(largest).toBeLessThan(20 * 1024)
})
