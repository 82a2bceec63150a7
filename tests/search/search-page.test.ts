/**
 * The search page contract in Debian Chromium, on the seeded content: `/{lang}/search/?q=` runs the query on
 * load and lists links in `[data-search-results]`, best first, with type and highlighted excerpt; typing updates
 * results and the URL; one Pagefind index per language; and a sample of the benchmark's labelled queries (every
 * kind, every language) still finds its entry in the top 5 (`tests/bench/search/queries.json`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fieldsOf, pageCollections, registry } from '../../content/schema/index.ts'
import { buildFixture, launchChromium, locales, repo } from '../support/site.ts'
import { serveSite, type Served } from '../support/serveSite.ts'
import { rankOf, resultsFor, sampleQueries, shownResults } from '../support/searchQueries.ts'

const dist = inject('seedSite')
let served: Served
let browser: Browser
let page: Page

beforeAll(async () => {
  served = await serveSite(dist)
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

describe('index', () => {
  it('writes one Pagefind index per language', () => {
    for (const lang of locales) {
      const entry = JSON.parse(readFileSync(join(dist, `pagefind/${lang}/pagefind-entry.json`), 'utf8')) as {
        languages: Record<string, { page_count: number }>
      }
      const indexes = Object.values(entry.languages)
      expect(indexes).toHaveLength(1)
      expect(indexes[0]!.page_count).toBeGreaterThan(150)
    }
  })

  it('indexes term, city and news pages only, never the chrome or the search page', () => {
    for (const lang of locales) expect(existsSync(join(dist, lang, 'search/terms.json'))).toBe(true)
    const term = readFileSync(join(dist, 'en/glossary/sister-city/index.html'), 'utf8')
    expect(term).toMatch(/<article data-pagefind-body[^>]*data-pagefind-filter="type:glossary"/)
    expect(term).toContain('data-pagefind-filter="domain:sister-cities"')
    expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).not.toContain('data-pagefind-body')
    expect(readFileSync(join(dist, 'en/search/index.html'), 'utf8')).not.toContain('data-pagefind-body')
  })
})

describe('search page', () => {
  it('runs ?q= on load: links in [data-search-results], best first, with type and highlighted excerpt', async () => {
    const results = await resultsFor(page, served.origin, 'en', 'sister city')
    expect(results[0]).toBe('glossary/sister-city/')
    const first = page.locator('[data-search-results] li').first()
    await expect(first.locator('.type').textContent()).resolves.toBe('Glossary')
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d+ results/)
  })

  it('updates results and the URL as the reader types', async () => {
    await page.goto(`${served.origin}/ja/search/`)
    await page.locator('#search-page-q').pressSequentially('姉妹都市', { delay: 30 })
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchQuery === '姉妹都市')
    expect(new URL(page.url()).searchParams.get('q')).toBe('姉妹都市')
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBe('/ja/glossary/sister-city/')
  })

  it('narrows by type, domain and country filters given in the URL', async () => {
    await page.goto(`${served.origin}/en/search/?q=sister&type=news`)
    const news = await shownResults(page, 'sister')
    expect(news.length).toBeGreaterThan(0)
    expect(news.every((p) => p.startsWith('/en/news/'))).toBe(true)
    // A domain is a glossary term's subject field and an agreement's or activity's sector: the filter finds pages of
    // every collection that has domains, and only those that carry this one.
    await page.goto(`${served.origin}/en/search/?q=air&domain=environment`)
    const inDomain = await shownResults(page, 'air')
    expect(inDomain).toContain('/en/glossary/air-pollution/')
    expect(inDomain).toContain('/en/activities/seoul-beijing-air-quality-workshop-2025/')
    const withDomains = pageCollections.filter((c) => fieldsOf(c).some((f) => f.kind.reference?.to.includes('domains'))).map((c) => registry[c].segment)
    expect(withDomains.sort()).toEqual(['activities', 'agreements', 'glossary'])
    for (const path of inDomain) {
      expect(withDomains, path).toContain(path.split('/')[2])
      expect(readFileSync(join(dist, path, 'index.html'), 'utf8'), path).toContain('data-pagefind-filter="domain:environment"')
    }
    // Without the filter the same query finds pages outside the domain (a news story, a transport term).
    const all = await resultsFor(page, served.origin, 'en', 'air')
    expect(all.filter((p) => !inDomain.includes(`/en/${p}`)).length).toBeGreaterThan(0)
  })

  it.each([
    ['th', 'กรุงเทพมหานคร'],
    ['zh', '曼谷'],
    ['ja', 'バンコク'],
  ])('shows %s titles and excerpts as the pages read, without the index’s word breaks', async (lang, q) => {
    const shown: Array<{ href: string; title: string; excerpt: string }> = []
    // Terms (the term list and Pagefind) and news (Pagefind alone).
    for (const filter of ['', '&type=news']) {
      await page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(q)}${filter}`)
      await shownResults(page, q)
      const items = await page.$$eval('[data-search-results] li', (list) =>
        list.map((li) => ({
          href: li.querySelector('a')!.getAttribute('href')!,
          title: li.querySelector('a')!.textContent!,
          excerpt: li.querySelector('p')!.textContent!,
        })),
      )
      expect(items.length, filter).toBeGreaterThan(1)
      shown.push(...items.slice(0, 3))
    }
    const letter = '[\\p{scx=Thai}\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}]'
    for (const result of shown) {
      await page.goto(`${served.origin}${result.href}`)
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
      expect(result.title).toBe((await page.locator('h1').innerText()).trim())
      // Every space the excerpt shows between two letters of these scripts is one the page has.
      for (const [pair] of result.excerpt.matchAll(new RegExp(`${letter} ${letter}`, 'gu'))) expect(text, result.href).toContain(pair)
    }
  })

  it('says so when nothing is found', async () => {
    const results = await resultsFor(page, served.origin, 'ko', 'qqqzzxxy')
    expect(results).toEqual([])
    expect(await page.locator('[data-search-status]').textContent()).toContain('qqqzzxxy')
  })

  it('keeps markup from content inert in excerpts', async () => {
    await resultsFor(page, served.origin, 'en', 'script')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })
})

describe('an index in shards (a large site: lib/search/indexShards.ts)', () => {
  let sharded: { dist: string; cleanup: () => Promise<void> }
  let origin: Served
  beforeAll(async () => {
    // Fifty pages a shard: four or five shards a language on the seeded content, merged by the search page.
    sharded = await buildFixture(join(repo, 'content'), { BMA_SEARCH_SHARD_PAGES: '50' })
    origin = await serveSite(sharded.dist)
  }, 300_000)
  afterAll(async () => {
    await origin?.close()
    await sharded?.cleanup()
  })

  it('finds entries of every shard, with their excerpts, as the single index does', async () => {
    const terms = JSON.parse(readFileSync(join(sharded.dist, 'th/search/terms.json'), 'utf8')) as { shards?: number; entries: Array<{ s?: number }> }
    expect(terms.shards).toBeGreaterThan(2)
    expect(existsSync(join(sharded.dist, `pagefind/th/${terms.shards! - 1}/pagefind-entry.json`))).toBe(true)
    expect(new Set(terms.entries.map((e) => e.s ?? 0)).size).toBe(terms.shards)
    const sample = sampleQueries(1)
    const misses: string[] = []
    for (const q of sample) {
      const results = await resultsFor(page, origin.origin, q.lang, q.q)
      const rank = rankOf(results, q.relevant)
      if (rank === 0 || rank > 5) misses.push(`${q.lang} ${q.kind} "${q.q}" -> ${results.slice(0, 5).join(' ')}`)
    }
    expect(misses).toEqual([])
    // Excerpts come from fragments in other shards too.
    await page.goto(`${origin.origin}/en/search/?q=${encodeURIComponent('sister city')}`)
    await shownResults(page, 'sister city')
    const excerpts = await page.$$eval('[data-search-results] li p', (list) => list.map((p) => p.textContent ?? ''))
    expect(excerpts.length).toBeGreaterThan(3)
    expect(excerpts.every((e) => e.length > 20)).toBe(true)
  })

  // A shard without the word matches its longest prefix instead (Pagefind: อากาศ, air, for อากาศยาน, aircraft; in
  // English `a` for `airport`), scored against that shard's own words.
  it.each([
    ['th', 'อากาศยาน', (text: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].some((s) => s.segment === 'อากาศยาน')],
    ['en', 'airport', (text: string) => /\bairports?\b/i.test(text)],
  ])('ranks the pages holding the whole word (%s %s) above those matching a part of it, across shards', async (lang, q, holds) => {
    const results = await resultsFor(page, origin.origin, lang, q)
    const holding: boolean[] = []
    for (const path of results) {
      await page.goto(`${origin.origin}/${lang}/${path}`)
      // The text Pagefind indexed: the page's body without what it is told to ignore.
      const indexed = await page.evaluate(() => {
        const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element
        for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove()
        return body.textContent ?? ''
      })
      holding.push(holds(indexed))
    }
    expect(holding[0], results.join(' ')).toBe(true)
    expect(holding, results.join(' ')).toContain(false)
    // Every page with the word before every page without it.
    expect(holding.slice(holding.indexOf(false)), results.join(' ')).not.toContain(true)
  })
})

describe('labelled queries (a sample of the benchmark set)', () => {
  const sample = sampleQueries(2)
  for (const lang of locales) {
    it(`finds the entry in the top 5 in ${lang}`, async () => {
      const misses: string[] = []
      for (const q of sample.filter((s) => s.lang === lang)) {
        const results = await resultsFor(page, served.origin, q.lang, q.q)
        const rank = rankOf(results, q.relevant)
        if (rank === 0 || rank > 5) misses.push(`${q.kind} "${q.q}" -> ${results.slice(0, 5).join(' ')}`)
      }
      expect(misses).toEqual([])
    })
  }
})
