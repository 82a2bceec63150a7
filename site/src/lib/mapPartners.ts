/** The partners a map shows: cities and organisations with coordinates, in the page's language and order. */
import type { MapPartner } from '../components/PartnerMap.astro'
import type { City, Organization } from '../../../content/schema/index.ts'
import { sortBy } from './collation.ts'
import type { Locale } from './locales.ts'
import { must } from './localize.ts'
import { urls } from './urls.ts'

export function mapPartners(lang: Locale, cities: City[], organizations: Organization[] = []): MapPartner[] {
  const located = [
    ...cities.flatMap((c) =>
      c.coordinates ? [{ href: urls.entry('cities', lang, c.slug), name: must(c.name, lang), kind: c.relationship, ...c.coordinates }] : [],
    ),
    // Organisations in Bangkok (embassies, agencies) would all sit on Bangkok's own marker.
    ...organizations.flatMap((o) =>
      o.coordinates && o.country !== 'TH'
        ? [{ href: urls.entry('organizations', lang, o.slug), name: must(o.name, lang), kind: 'organization' as const, ...o.coordinates }]
        : [],
    ),
  ]
  return sortBy(located, lang, (p) => p.name.value)
}
