/** The partners a map shows: cities and organisations with coordinates, in the page's language and order. */
import { geoDistance } from 'd3-geo'
import type { City, Organization } from '../../../content/schema/index.ts'
import { sortBy } from './collation.ts'
import type { Locale } from './locales.ts'
import { must, type Shown } from './localize.ts'
import { urls } from './urls.ts'
import { bangkok, type LngLat } from './worldMap.ts'

export interface MapPartner {
  href: string
  name: Shown<string>
  /** The relationship (cities) or `organization`: the marker's colour. */
  kind: 'sister-city' | 'friendship-city' | 'partner-city' | 'organization'
  lat: number
  lng: number
}

export function mapPartners(lang: Locale, cities: City[], organizations: Organization[] = []): MapPartner[] {
  const located = [
    ...cities.flatMap((c) =>
      c.coordinates ? [{ href: urls.entry('cities', lang, c.slug), name: must(c.name, lang), kind: c.relationship, ...c.coordinates }] : [],
    ),
    // Organisations in Bangkok (embassies, agencies) would all sit on Bangkok's own marker.
    ...organizations.flatMap((o) =>
      o.coordinates && kilometresFromBangkok(o.coordinates) > 100
        ? [{ href: urls.entry('organizations', lang, o.slug), name: must(o.name, lang), kind: 'organization' as const, ...o.coordinates }]
        : [],
    ),
  ]
  return sortBy(located, lang, (p) => p.name.value)
}

/** The great-circle distance from Bangkok. */
const kilometresFromBangkok = ({ lat, lng }: LngLat) => geoDistance([lng, lat], [bangkok.lng, bangkok.lat]) * 6371
