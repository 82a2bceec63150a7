/**
 * The public content of a bundle: drafts dropped, staff-only fields removed with `toPublic`, and references to
 * anything not public pruned, so no page can render or link what the public may not see. News is newest first.
 * A pure function of the bundle's entries: the site's pages and the incremental build's page keys both use it.
 */
import { toPublic } from '../../../content/bundle.ts'
import type { City, CollectionName, EntryOf, GlossaryEntry, NewsItem } from '../../../content/schema.ts'
import { timeOf } from './dates.ts'

export interface SiteContent {
  glossary: GlossaryEntry[]
  cities: City[]
  news: NewsItem[]
  term: Map<string, GlossaryEntry>
  city: Map<string, City>
  /** News items naming each city, newest first. */
  newsOfCity: Map<string, NewsItem[]>
}

export type RawContent = { [C in CollectionName]: EntryOf<C>[] }

const published = <C extends CollectionName>(collection: C, entries: EntryOf<C>[]): EntryOf<C>[] =>
  entries.filter((data) => (data as { status?: string }).status !== 'draft').map((data) => toPublic(collection, data))

export function publicContent(raw: RawContent): SiteContent {
  const glossaryAll = published('glossary', raw.glossary)
  const citiesAll = published('cities', raw.cities)
  const newsAll = published('news', raw.news)
  const termSlugs = new Set(glossaryAll.map((t) => t.slug))
  const citySlugs = new Set(citiesAll.map((c) => c.slug))
  const keep = (list: string[] | undefined, known: Set<string>) => list?.filter((slug) => known.has(slug))

  const glossary = glossaryAll.map((t) => ({ ...t, related: keep(t.related, termSlugs) }))
  const cities = citiesAll
  const news = newsAll
    .map((n) => ({ ...n, cities: keep(n.cities, citySlugs), terms: keep(n.terms, termSlugs) }))
    .sort((a, b) => timeOf(b.date) - timeOf(a.date) || a.slug.localeCompare(b.slug))

  const newsOfCity = new Map<string, NewsItem[]>()
  for (const item of news) for (const slug of item.cities ?? []) newsOfCity.set(slug, [...(newsOfCity.get(slug) ?? []), item])

  return {
    glossary,
    cities,
    news,
    term: new Map(glossary.map((t) => [t.slug, t])),
    city: new Map(cities.map((c) => [c.slug, c])),
    newsOfCity,
  }
}
