/** The real seed bundle in content/ builds into a complete site: every public entry in every language, no broken link. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { isPublicEntry, readBundle } from '../../content/bundle.ts'
import { pageCollections, type EntryOf } from '../../content/schema/index.ts'
import { urls } from '../../site/src/lib/urls.ts'
import { brokenLinks, buildSite, fileFor, filesUnder, locales, repo, tempDir } from './helpers.ts'

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

it('has a page for every published public entry in every language, and none for the others', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const missing: string[] = []
  const unexpected: string[] = []
  for (const collection of pageCollections)
    for (const entry of bundle[collection] as EntryOf<typeof collection>[])
      for (const lang of locales) {
        const path = urls.entry(collection, lang, entry.slug)
        if (isPublicEntry(collection, entry) && !fileFor(dist, path)) missing.push(path)
        // A page there may only forward to the entry that took its URL over (an organisation moved from cities).
        const file = fileFor(dist, path)
        if (!isPublicEntry(collection, entry) && file && !readFileSync(file, 'utf8').includes('http-equiv="refresh"')) unexpected.push(path)
      }
  expect(missing).toEqual([])
  expect(unexpected).toEqual([])
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
