/**
 * schema.org descriptions of organisations, agreements and activities for search engines (Base.astro writes them):
 * an embassy, consulate or foreign agency is a GovernmentOrganization, other organisations an Organization; an
 * activity is an Event; an agreement, for which schema.org has no type of its own, a CreativeWork whose creators
 * are its parties, with its signing and expiry dates and its signed texts as associated media.
 */
import type { Activity, Agreement, Organization, OrganizationKind } from '../../../content/schema/index.ts'
import { documentUrl } from './documents.ts'
import type { DomainLabel } from './domains.ts'
import { domainName } from './domains.ts'
import type { PartnerLink } from './entryPages.ts'
import { useTranslations } from './i18n.ts'
import { locales, type Locale } from './locales.ts'
import { must, pick } from './localize.ts'
import { absolute, urls } from './urls.ts'
import { wikidataUrl } from './wikidata.ts'

const governmental = new Set<OrganizationKind>(['embassy', 'consulate', 'foreign-agency'])
const typeOf = (kind: OrganizationKind) => (governmental.has(kind) ? 'GovernmentOrganization' : 'Organization')

/** Absent rather than an empty list, as schema.org readers expect of a property with no value. */
const some = <T>(list: T[]) => (list.length > 0 ? list : undefined)

/** The Bangkok Metropolitan Administration's office, the site's publisher and Bangkok's side of every record. */
export const office = (lang: Locale, site: URL | undefined) => ({
  '@type': 'GovernmentOrganization',
  name: useTranslations(lang)('site.name'),
  url: absolute(urls.home(lang), site),
})

/** A partner: an organisation, or a city's government (a city is a party through it). */
const party = (p: PartnerLink, lang: Locale, site: URL | undefined) => ({
  '@type': p.collection === 'cities' ? 'GovernmentOrganization' : 'Organization',
  name: must(p.name, lang).value,
  url: absolute(urls.entry(p.collection, lang, p.slug), site),
  ...(p.country && { address: { '@type': 'PostalAddress', addressCountry: p.country } }),
})

export function organizationJsonLd(o: Organization, lang: Locale, site: URL | undefined) {
  const names = locales.flatMap((l) => [o.name[l], ...(o.aliases?.[l] ?? [])]).filter((n): n is string => Boolean(n) && n !== must(o.name, lang).value)
  return {
    '@type': typeOf(o.kind),
    name: must(o.name, lang).value,
    alternateName: some([...new Set(names)]),
    description: must(o.summary, lang).value,
    url: absolute(urls.entry('organizations', lang, o.slug), site),
    sameAs: some([o.url, o.wikidata && wikidataUrl(o.wikidata)].filter(Boolean)),
    address: o.country && { '@type': 'PostalAddress', addressCountry: o.country },
    email: o.contact?.email,
    telephone: o.contact?.phone,
    geo: o.coordinates && { '@type': 'GeoCoordinates', latitude: o.coordinates.lat, longitude: o.coordinates.lng },
  }
}

export function agreementJsonLd(a: Agreement, partners: PartnerLink[], sectors: DomainLabel[], lang: Locale, site: URL | undefined) {
  return {
    '@type': 'CreativeWork',
    name: must(a.title, lang).value,
    description: pick(a.summary, lang)?.value,
    url: absolute(urls.entry('agreements', lang, a.slug), site),
    dateCreated: a.signed,
    expires: a.expires,
    creator: [office(lang, site), ...partners.map((p) => party(p, lang, site))],
    keywords: some(sectors.map((s) => domainName(s, lang).value)),
    associatedMedia: some(
      (a.documents ?? []).map((d) => ({
        '@type': 'MediaObject',
        name: pick(d.title, lang)?.value,
        contentUrl: absolute(documentUrl(d.file), site),
        inLanguage: d.lang,
        ...(d.file.toLowerCase().endsWith('.pdf') && { encodingFormat: 'application/pdf' }),
      })),
    ),
  }
}

export function activityJsonLd(a: Activity, partners: PartnerLink[], lang: Locale, site: URL | undefined) {
  return {
    '@type': 'Event',
    name: must(a.title, lang).value,
    description: pick(a.summary, lang)?.value,
    url: absolute(urls.entry('activities', lang, a.slug), site),
    startDate: a.start,
    endDate: a.end,
    location: a.place && { '@type': 'Place', name: must(a.place, lang).value },
    organizer: office(lang, site),
    attendee: some(partners.map((p) => party(p, lang, site))),
  }
}
