/**
 * Drives the search page as a reader does, for the test and the benchmark: opens `/{lang}/search/?q=`, waits
 * until the page says its results for that query are shown, and reads the ordered links of
 * `[data-search-results]` (paths after `/{lang}/`).
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

export interface LabelledQuery {
  lang: 'th' | 'en' | 'zh' | 'ja' | 'ko'
  q: string
  kind: string
  relevant: string[]
}

export const queriesFile = new URL('../bench/search/queries.json', import.meta.url).pathname

export function labelledQueries(): LabelledQuery[] {
  return JSON.parse(readFileSync(queriesFile, 'utf8')) as LabelledQuery[]
}

/** The first `perKind` queries of every kind in every language: a fixed sample, the same on every run. */
export function sampleQueries(perKind: number): LabelledQuery[] {
  const taken = new Map<string, number>()
  return labelledQueries().filter((q) => {
    const key = `${q.lang}|${q.kind}`
    const n = taken.get(key) ?? 0
    taken.set(key, n + 1)
    return n < perKind
  })
}

/** Waits for the results of `q` on the page already open. */
export async function shownResults(page: Page, q: string, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(
    (query) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')
      return list?.dataset.searchState === 'done' && list.dataset.searchQuery === query.trim()
    },
    q,
    { timeout },
  )
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

/** Opens the search page with `?q=` and returns the result paths, best first, without the `/{lang}/` prefix. */
export async function resultsFor(page: Page, origin: string, lang: string, q: string, engine?: string): Promise<string[]> {
  const url = `${origin}/${lang}/search/?q=${encodeURIComponent(q)}${engine ? `&engine=${engine}` : ''}`
  await page.goto(url)
  const paths = await shownResults(page, q)
  return paths.map((p) => p.replace(new RegExp(`^/${lang}/`), ''))
}

/** 1-based rank of the first relevant result, 0 when none is shown. */
export function rankOf(results: string[], relevant: string[]): number {
  const i = results.findIndex((r) => relevant.includes(r))
  return i < 0 ? 0 : i + 1
}
