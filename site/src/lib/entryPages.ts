/**
 * The pages of single entries (a term, a city, a news item, in every language) with everything each one shows as
 * its props: the entry and what it shows of the entries it names. Their templates read nothing else, so a page's
 * props decide its HTML, and an incremental build (lib/incremental.ts) can tell from them which pages a change
 * reaches. Every collection with pages (content/schema/) says here what its pages show; the compiler asks for each.
 */
import { pageCollections, type City, type EntryOf, type GlossaryEntry, type NewsItem, type PageCollection } from '../../../content/schema/index.ts'
import { domainLabel, type DomainLabel } from './domains.ts'
import { locales, type Locale } from './locales.ts'
import type { SiteContent } from './publicContent.ts'
import { urls } from './urls.ts'

export interface EntryPage<P> {
  path: string
  params: { lang: Locale; slug: string }
  props: P
}

/** What a page shows of another entry it links to: the slug and the name. */
export type TermLink = Pick<GlossaryEntry, 'slug' | 'term'>
export type CityLink = Pick<City, 'slug' | 'name'>
/** What a news card shows. */
export type NewsCardItem = Pick<NewsItem, 'slug' | 'title' | 'date' | 'summary'>

export interface TermProps {
  entry: GlossaryEntry
  related: TermLink[]
  domain?: DomainLabel
}
export interface CityProps {
  city: City
  /** The six newest news items naming the city. */
  news: NewsCardItem[]
}
export interface NewsProps {
  item: NewsItem
  cities: CityLink[]
  terms: TermLink[]
}

/** The props of each collection's pages. */
export interface PageProps {
  glossary: TermProps
  cities: CityProps
  news: NewsProps
}

const termLink = ({ slug, term }: GlossaryEntry): TermLink => ({ slug, term })
const cityLink = ({ slug, name }: City): CityLink => ({ slug, name })
const newsCard = ({ slug, title, date, summary }: NewsItem): NewsCardItem => ({ slug, title, date, summary })
const found = <T>(slugs: string[] | undefined, bySlug: Map<string, T>): T[] => (slugs ?? []).flatMap((slug) => bySlug.get(slug) ?? [])

const propsOf: { [C in PageCollection]: (entry: EntryOf<C>, content: SiteContent) => PageProps[C] } = {
  glossary: (entry, { bySlug }) => ({
    entry,
    related: found(entry.related, bySlug.glossary).map(termLink),
    ...(entry.domain && { domain: domainLabel(entry.domain, bySlug.domains) }),
  }),
  cities: (city, { newsOfCity }) => ({ city, news: (newsOfCity.get(city.slug) ?? []).slice(0, 6).map(newsCard) }),
  news: (item, { bySlug }) => ({ item, cities: found(item.cities, bySlug.cities).map(cityLink), terms: found(item.terms, bySlug.glossary).map(termLink) }),
}

/** The pages of one collection, in every language. */
export function pagesOf<C extends PageCollection>(collection: C, content: SiteContent): EntryPage<PageProps[C]>[] {
  const entries = content[collection] as EntryOf<C>[]
  return entries.flatMap((entry) => {
    const props = propsOf[collection](entry, content)
    return locales.map((lang) => ({ path: urls.entry(collection, lang, entry.slug), params: { lang, slug: entry.slug }, props }))
  })
}

export const entryPages = (content: SiteContent): EntryPage<unknown>[] => pageCollections.flatMap((collection) => pagesOf(collection, content))
