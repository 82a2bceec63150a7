/**
 * The pages of single entries (a term, a city, a news item, in every language) with everything each one shows as
 * its props: the entry and the entries it names. Their templates read nothing else, so a page's props decide its
 * HTML, and an incremental build (lib/incremental.ts) can tell from them which pages a change reaches.
 */
import type { City, GlossaryEntry, NewsItem } from '../../../content/schema.ts'
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

const termLink = ({ slug, term }: GlossaryEntry): TermLink => ({ slug, term })
const cityLink = ({ slug, name }: City): CityLink => ({ slug, name })
const newsCard = ({ slug, title, date, summary }: NewsItem): NewsCardItem => ({ slug, title, date, summary })

const inEveryLanguage = <P>(slug: string, path: (lang: Locale, slug: string) => string, props: P): EntryPage<P>[] =>
  locales.map((lang) => ({ path: path(lang, slug), params: { lang, slug }, props }))

export const termPages = ({ glossary, term }: SiteContent): EntryPage<TermProps>[] =>
  glossary.flatMap((entry) =>
    inEveryLanguage(entry.slug, urls.term, { entry, related: (entry.related ?? []).flatMap((slug) => term.get(slug) ?? []).map(termLink) }),
  )

export const cityPages = ({ cities, newsOfCity }: SiteContent): EntryPage<CityProps>[] =>
  cities.flatMap((city) => inEveryLanguage(city.slug, urls.city, { city, news: (newsOfCity.get(city.slug) ?? []).slice(0, 6).map(newsCard) }))

export const newsPages = ({ news, city, term }: SiteContent): EntryPage<NewsProps>[] =>
  news.flatMap((item) =>
    inEveryLanguage(item.slug, urls.article, {
      item,
      cities: (item.cities ?? []).flatMap((slug) => city.get(slug) ?? []).map(cityLink),
      terms: (item.terms ?? []).flatMap((slug) => term.get(slug) ?? []).map(termLink),
    }),
  )

export const entryPages = (content: SiteContent): EntryPage<unknown>[] => [...termPages(content), ...cityPages(content), ...newsPages(content)]
