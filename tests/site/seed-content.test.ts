/**
 * The real seed bundle in content/ builds into a complete site: every public entry in every language, nothing that is
 * not public, the moved organisations' old city URLs redirected, no broken link.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, inject, it } from 'vitest'
import { isPublicEntry, readBundle } from '../../content/bundle.ts'
import { pageCollections, registry, type PageCollection } from '../../content/schema/index.ts'
import { brokenLinks, fileFor, filesUnder, locales, repo } from '../support/site.ts'

// Built once per run by support/builtSites.ts (a bundle that does not build fails the run there, with its problems).
const dist = inject('seedSite')

/** Where the contract puts an entry's page: `/{lang}/{segment}/{slug}/`. */
const pagePath = (collection: PageCollection, lang: string, slug: string) => `/${lang}/${registry[collection].segment}/${slug}/`

it('has a page for every public entry in every language', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const missing: string[] = []
  let pages = 0
  for (const collection of pageCollections) {
    for (const entry of bundle[collection].filter((e) => isPublicEntry(collection, e))) {
      for (const lang of locales) {
        pages++
        const path = pagePath(collection, lang, entry.slug)
        if (!fileFor(dist, path)) missing.push(path)
      }
    }
  }
  // The seed's glossary alone is 150 terms in five languages: an empty count would make the check pass by itself.
  expect(pages).toBeGreaterThan(150 * 5)
  expect(missing).toEqual([])
})

it('has no page for a draft or an entry that is not public, and no staff note anywhere', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const hidden = pageCollections.flatMap((collection) =>
    bundle[collection].filter((e) => !isPublicEntry(collection, e)).flatMap((e) => locales.map((lang) => pagePath(collection, lang, e.slug))),
  )
  // The seed has drafts, and bma, office and restricted entries: this test must see some.
  expect(hidden.length).toBeGreaterThan(0)
  // A page at such a URL may only forward to the entry that took the URL over (a previous slug).
  const pages = hidden.map((path) => fileFor(dist, path)).filter((file) => file !== undefined)
  expect(pages.filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'))).toEqual([])
  // The seed marks its test data and its illustrative entries in staff-only notes; none of them may be published.
  const leaks = filesUnder(dist).filter(
    (file) => /\.(html|json|xml|csv|txt)$/.test(file) && /TEST DATA|Illustrative example, not a record|Fictitious/.test(readFileSync(join(dist, file), 'utf8')),
  )
  expect(leaks).toEqual([])
})

it('redirects the city URLs of the organisations that moved from cities to their organisation pages', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const moved = bundle.organizations.flatMap((o) => (o.movedFrom ?? []).map((from) => ({ from, slug: o.slug })))
  expect(moved.length).toBeGreaterThan(0)
  const broken: string[] = []
  for (const { from, slug } of moved)
    for (const lang of locales) {
      const old = fileFor(dist, `/${lang}/${from}/`)
      if (!old || !readFileSync(old, 'utf8').includes(pagePath('organizations', lang, slug))) broken.push(`/${lang}/${from}/`)
    }
  expect(broken).toEqual([])
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
