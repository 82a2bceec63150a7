/**
 * The entries of the organisation, agreement and activity indexes, each with what its list item shows and its
 * values of the filter facets (lib/recordFilters.ts): for agreements and activities the partners' countries, the
 * sectors and the years; for organisations their kind and country.
 */
import type { Organization } from '../../../content/schema/index.ts'
import { sortBy } from './collation.ts'
import { countryName } from './countries.ts'
import { formatDate } from './dates.ts'
import { domainLabel, domainName } from './domains.ts'
import { activityItem, agreementCard, newestFirst, partnerLinks, type ActivityItem, type AgreementCard, type PartnerLink } from './entryPages.ts'
import type { Locale } from './locales.ts'
import type { Shown } from './localize.ts'
import type { SiteContent } from './publicContent.ts'
import type { Facet, FacetValues, FilterGroup } from './recordFilters.ts'

export interface Listing<T> {
  entry: T
  partners: PartnerLink[]
  facets: FacetValues
}

/** The year of a (reduced-precision) ISO date. */
export const yearOf = (date: string) => date.slice(0, 4)

/** Every year from one date to another (an activity over New Year belongs to both), at most a century. */
function yearsOf(start: string, end: string | undefined): string[] {
  const from = Number(yearOf(start))
  const to = Math.min(Math.max(Number(yearOf(end ?? start)), from), from + 100)
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
}

const countriesOf = (partners: PartnerLink[]) => [...new Set(partners.flatMap((p) => p.country ?? []))]

export function organizationListings({ organizations }: SiteContent): Listing<Organization>[] {
  return organizations.map((entry) => ({ entry, partners: [], facets: { kind: [entry.kind], country: entry.country ? [entry.country] : [] } }))
}

/** Agreements newest first by signing date (undated ones last). */
export function agreementListings(content: SiteContent): Listing<AgreementCard>[] {
  return [...content.agreements].sort(newestFirst((a) => a.signed)).map((agreement) => {
    const entry = agreementCard(agreement)
    const partners = partnerLinks(agreement.partners, content)
    return {
      entry,
      partners,
      facets: {
        kind: [entry.kind],
        status: [entry.state],
        country: countriesOf(partners),
        sector: agreement.sectors ?? [],
        year: entry.signed ? [yearOf(entry.signed)] : [],
      },
    }
  })
}

/** Activities newest first by start. */
export function activityListings(content: SiteContent): Listing<ActivityItem>[] {
  return [...content.activities].sort(newestFirst((a) => a.start)).map((activity) => {
    const partners = partnerLinks(activity.partners, content)
    return {
      entry: activityItem(activity),
      partners,
      facets: { kind: [activity.kind], country: countriesOf(partners), sector: activity.sectors ?? [], year: yearsOf(activity.start, activity.end) },
    }
  })
}

/** Listings in groups by a key, in the order of the keys given; a key no listing has gives no group. */
export function groupsBy<T>(listings: Listing<T>[], keyOf: (listing: Listing<T>) => string, keys: readonly string[]) {
  return keys.map((key) => ({ key, listings: listings.filter((l) => keyOf(l) === key) })).filter((g) => g.listings.length > 0)
}

/**
 * A filter group of the values the listings use: in the order given (kinds, statuses, as the schema lists them),
 * newest first (years), or by label in the language's order (countries, sectors).
 */
export function filterGroup(
  listings: Listing<unknown>[],
  facet: Facet,
  label: (value: string) => Shown<string>,
  { lang, order }: { lang: Locale; order?: readonly string[] | 'newest' },
): FilterGroup {
  const used = [...new Set(listings.flatMap((l) => l.facets[facet] ?? []))]
  const options = used.map((value) => ({ value, label: label(value) }))
  if (order === 'newest') return { facet, options: options.sort((a, b) => b.value.localeCompare(a.value)) }
  if (order) return { facet, options: options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)) }
  return { facet, options: sortBy(options, lang, (o) => o.label.value) }
}

/** A UI string or other text already in the page's language, as a label. */
export const plainLabel = (value: string, lang: Locale): Shown<string> => ({ value, lang, fallback: false })

/** The filters agreements and activities share: their partners' countries, their sectors and their years. */
export function recordFilters(listings: Listing<unknown>[], { bySlug }: SiteContent, lang: Locale): FilterGroup[] {
  return [
    filterGroup(listings, 'country', (v) => plainLabel(countryName(v, lang), lang), { lang }),
    filterGroup(listings, 'sector', (v) => domainName(domainLabel(v, bySlug.domains), lang), { lang }),
    filterGroup(listings, 'year', (v) => plainLabel(formatDate(v, lang), lang), { lang, order: 'newest' }),
  ]
}
