/** The real seed bundle in content/ builds into a complete site: every public entry in every language, no broken link. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { readBundle } from '../../content/bundle.ts'
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

it('has a page for every published entry in every language', async () => {
  const bundle = await readBundle(join(repo, 'content'))
  const published = <T extends { slug: string; status?: string }>(list: T[]) => list.filter((e) => e.status !== 'draft').map((e) => e.slug)
  const missing: string[] = []
  for (const lang of locales) {
    for (const slug of published(bundle.glossary)) if (!fileFor(dist, `/${lang}/glossary/${slug}/`)) missing.push(`/${lang}/glossary/${slug}/`)
    for (const slug of published(bundle.cities)) if (!fileFor(dist, `/${lang}/cities/${slug}/`)) missing.push(`/${lang}/cities/${slug}/`)
    for (const slug of published(bundle.news)) if (!fileFor(dist, `/${lang}/news/${slug}/`)) missing.push(`/${lang}/news/${slug}/`)
  }
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
  const largest = Math.max(...sizes)
  console.log(`seed: ${sizes.length} term pages, largest ${(largest / 1024).toFixed(1)} KB gzipped (HTML+CSS)`)
  expect(largest).toBeLessThan(20 * 1024)
})
