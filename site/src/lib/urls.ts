/**
 * The public URL scheme (a contract, see ARCHITECTURE.md): every path is `/{lang}/...` with a trailing slash,
 * and a slug is the same in every language, so switching language only swaps the first segment. An entry's page is
 * under its collection's segment (content/schema/).
 */
import { registry, type PageCollection } from '../../../content/schema/index.ts'
import type { Locale } from './locales.ts'

export const urls = {
  home: (lang: Locale) => `/${lang}/`,
  /** The index of a collection with pages (`/{lang}/glossary/`). */
  index: (collection: PageCollection, lang: Locale) => `/${lang}/${registry[collection].segment}/`,
  /** An entry's page (`/{lang}/cities/fukuoka/`). */
  entry: (collection: PageCollection, lang: Locale, slug: string) => `/${lang}/${registry[collection].segment}/${slug}/`,
  news: (lang: Locale, page = 1) => (page <= 1 ? `/${lang}/news/` : `/${lang}/news/page/${page}/`),
  rss: (lang: Locale) => `/${lang}/news/rss.xml`,
  search: (lang: Locale) => `/${lang}/search/`,
  openData: (lang: Locale) => `/${lang}/open-data/`,
  accessibility: (lang: Locale) => `/${lang}/accessibility/`,
}

/** The same page in another language: the path with its language segment swapped. */
export function inLanguage(pathname: string, lang: Locale): string {
  return pathname.replace(/^\/[a-z]{2}(?=\/)/, `/${lang}`)
}

/** An absolute URL on the site, for canonical, hreflang, Open Graph and feeds. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'https://international.bangkok.go.th').href
}
