/**
 * The partner link kit's files and what a profile shows of them: a QR code of the page's address in each language
 * (`/qr/{lang}/{collection}/{slug}.svg`) and the partner's badges (`/badges/{lang}/{collection}/{slug}.svg`), made
 * outside the profile's own folder so an incremental build can take the page from the last build unchanged.
 */
import type { City, Organization } from '../../../content/schema/index.ts'
import type { Locale } from './locales.ts'
import { badgeLocales, partnerBadge } from './partnerBadge.ts'
import type { SiteContent } from './publicContent.ts'
import { absolute, urls } from './urls.ts'

export type KitCollection = 'cities' | 'organizations'

export const kitUrls = {
  qr: (lang: Locale, collection: KitCollection, slug: string) => `/qr/${lang}/${collection}/${slug}.svg`,
  badge: (lang: Locale, collection: KitCollection, slug: string) => `/badges/${lang}/${collection}/${slug}.svg`,
}

export interface KitBadge {
  lang: Locale
  src: string
  width: number
  height: number
  text: string
  /** The HTML a partner pastes: the badge, linking to the profile in the badge's language. */
  snippet: string
}

/** The badges of a partner, with their snippets. */
export function kitBadges(collection: KitCollection, entry: City | Organization, site: URL | undefined): KitBadge[] {
  return badgeLocales(entry).map((lang) => {
    const badge = partnerBadge(entry, lang)
    const src = kitUrls.badge(lang, collection, entry.slug)
    const snippet = `<a href="${absolute(urls.entry(collection, lang, entry.slug), site)}"><img src="${absolute(src, site)}" width="${badge.width}" height="${badge.height}" alt="${badge.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></a>`
    return { lang, src, width: badge.width, height: badge.height, text: badge.text, snippet }
  })
}

/** Every partner's kit files, for the endpoints' getStaticPaths. */
export function kitEntries({ cities, organizations }: Pick<SiteContent, 'cities' | 'organizations'>) {
  return [
    ...cities.map((entry) => ({ collection: 'cities' as const, entry })),
    ...organizations.map((entry) => ({ collection: 'organizations' as const, entry })),
  ]
}
