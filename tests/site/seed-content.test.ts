/**
 * The real seed bundle in content/ builds into a complete site: every public entry in every language, nothing that is
 * not public, the moved organisations' old city URLs redirected, no broken link.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { isPublicEntry, readBundle } from '../../content/bundle.ts'
import { pageCollections, registry, type EntryOf, type PageCollection } from '../../content/schema/index.ts'
import { brokenLinks, buildSite, fileFor, filesUnder, locales, repo, tempDir } from './helpers.ts'

/** Where the contract puts an entry's page: `/{lang}/{segment}/{slug}/`. */
const pagePath = (collection: PageCollection, lang: string, slug: string) => `/${lang}/${registry[collection].segment}/${slug}/`

let dist = ''
let cleanup = async () => {}
let result: Awaited<ReturnType<typeof buildSite>>

beforeAll(async () => {
  const temp = await tempDir('bma-seed-')
  cleanup = temp.cleanup
  dist = join(temp.dir, 'dist')
  result = await buildSite(join(repo, 'content'), dist, { BMA_SITE_CACHE: join(temp.dir, 'cache') })
})
afterAll(() => cleanup())

it('builds the seed bundle', () => {
  expect(result.stderr + result.stdout).not.toMatch(/rejected/)
  expect(result.code).toBe(0)
})

it('has a page for every published public entry of every collection with pages, in every language', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const missing: string[] = []
  for (const collection of pageCollections) {
    const entries: EntryOf<typeof collection>[] = bundle[collection]
    for (const entry of entries.filter((e) => isPublicEntry(collection, e)))
      for (const lang of locales) if (!fileFor(dist, pagePath(collection, lang, entry.slug))) missing.push(pagePath(collection, lang, entry.slug))
  }
  expect(missing).toEqual([])
})

it('has no page for a draft or an entry that is not public, and no staff note anywhere', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const hidden: string[] = []
  for (const collection of pageCollections) {
    const entries: EntryOf<typeof collection>[] = bundle[collection]
    hidden.push(...entries.filter((e) => !isPublicEntry(collection, e)).flatMap((e) => locales.map((lang) => pagePath(collection, lang, e.slug))))
  }
  // The seed has drafts, and bma, office and restricted entries: this test must see some.
  expect(hidden.length).toBeGreaterThan(0)
  expect(hidden.filter((path) => fileFor(dist, path))).toEqual([])
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
  const largest = Math.max(...sizes)
  console.log(`seed: ${sizes.length} term pages, largest ${(largest / 1024).toFixed(1)} KB gzipped (HTML+CSS)`)
  expect(largest).toBeLessThan(20 * 1024)
})
