/**
 * The pages of single entries (a term, a city, a news item, in every language) with everything each one shows as
 * its props: the entry and what it shows of the entries it names. Their templates read nothing else, so a page's
 * props decide its HTML, and an incremental build (lib/incremental.ts) can tell from them which pages a change
 * reaches. Every collection with pages (content/schema/) says here what its pages show; the compiler asks for each.
 */
import {
  dateKey,
  pageCollections,
  referenceTarget,
  type Activity,
  type Agreement,
  type AgreementStatus,
  type City,
  type EntryOf,
  type GlossaryEntry,
  type NewsItem,
  type Organization,
  type PageCollection,
} from '../../../content/schema/index.ts'
import { agreementState, buildDay } from './agreementState.ts'
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
export type NewsCardItem = Pick<NewsItem, 'slug' | 'title' | 'date' | 'summary' | 'image'>

/** A partner as the pages of agreements and activities link to it: a city or an organisation. */
export interface PartnerLink {
  collection: 'cities' | 'organizations'
  slug: string
  name: City['name']
  country?: string
}
/** What a partner's profile and an activity page show of an agreement: a card with status, dates and documents. */
export type AgreementCard = Pick<Agreement, 'slug' | 'title' | 'kind' | 'status' | 'signed' | 'expires' | 'documents'> & {
  /** The state shown on the day of the build (lib/agreementState.ts). */
  state: AgreementStatus
}
/** What a timeline shows of an activity. */
export type ActivityItem = Pick<Activity, 'slug' | 'title' | 'kind' | 'start' | 'end'>

export interface TermProps {
  entry: GlossaryEntry
  related: TermLink[]
  domain?: DomainLabel
}
export interface CityProps {
  city: City
  /** The six newest news items naming the city. */
  news: NewsCardItem[]
  /** First-class agreements and activities naming the city (newest first), besides the city's own inline lists. */
  agreements: AgreementCard[]
  activities: ActivityItem[]
}
export interface OrganizationProps {
  organization: Organization
  agreements: AgreementCard[]
  activities: ActivityItem[]
}
export interface AgreementProps {
  agreement: Agreement
  /** The state shown on the day of the build (lib/agreementState.ts). */
  state: AgreementStatus
  partners: PartnerLink[]
  sectors: DomainLabel[]
  /** Activities carried out under the agreement, newest first. */
  activities: ActivityItem[]
}
export interface ActivityProps {
  activity: Activity
  partners: PartnerLink[]
  sectors: DomainLabel[]
  agreement?: Pick<Agreement, 'slug' | 'title'>
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
  organizations: OrganizationProps
  agreements: AgreementProps
  activities: ActivityProps
}

const termLink = ({ slug, term }: GlossaryEntry): TermLink => ({ slug, term })
const cityLink = ({ slug, name }: City): CityLink => ({ slug, name })
const newsCard = ({ slug, title, date, summary, image }: NewsItem): NewsCardItem => ({ slug, title, date, summary, ...(image && { image }) })
const found = <T>(slugs: string[] | undefined, bySlug: Map<string, T>): T[] => (slugs ?? []).flatMap((slug) => bySlug.get(slug) ?? [])
export const agreementCard = ({ slug, title, kind, status, signed, expires, documents }: Agreement): AgreementCard => ({
  slug,
  title,
  kind,
  status,
  signed,
  expires,
  documents,
  state: agreementState({ status, expires }, buildDay()),
})
export const activityItem = ({ slug, title, kind, start, end }: Activity): ActivityItem => ({ slug, title, kind, start, end })
/** Newest first by a date field, then by slug, so the order is the same in every build. */
export const newestFirst =
  <T extends { slug: string }>(date: (item: T) => string | undefined) =>
  (a: T, b: T) =>
    dateKey(date(b) ?? '0000').localeCompare(dateKey(date(a) ?? '0000')) || a.slug.localeCompare(b.slug)
const partnerPath = (collection: string, slug: string) => `${collection}/${slug}`

/** The public agreements and activities that name each partner (`cities/fukuoka`), newest first. */
export function partnerRecords({ agreements, activities }: Pick<SiteContent, 'agreements' | 'activities'>) {
  const agreementsOf = new Map<string, Agreement[]>()
  const activitiesOf = new Map<string, Activity[]>()
  for (const a of [...agreements].sort(newestFirst((x) => x.signed))) for (const p of a.partners) agreementsOf.set(p, [...(agreementsOf.get(p) ?? []), a])
  for (const a of [...activities].sort(newestFirst((x) => x.start))) for (const p of a.partners) activitiesOf.set(p, [...(activitiesOf.get(p) ?? []), a])
  return { agreementsOf, activitiesOf }
}

export function partnerLinks(refs: string[], { bySlug }: SiteContent): PartnerLink[] {
  return refs.flatMap((ref) => {
    const { collection, slug } = referenceTarget(ref, { to: ['cities', 'organizations'], form: 'path', mustExist: true })
    const entry = collection === 'cities' ? bySlug.cities.get(slug) : collection === 'organizations' ? bySlug.organizations.get(slug) : undefined
    return entry ? [{ collection: collection as PartnerLink['collection'], slug, name: entry.name, ...(entry.country && { country: entry.country }) }] : []
  })
}

/** Each content's partner records, made once per content (every profile page asks). */
const recordsOf = new WeakMap<SiteContent, ReturnType<typeof partnerRecords>>()
const records = (content: SiteContent) => {
  let made = recordsOf.get(content)
  if (!made) recordsOf.set(content, (made = partnerRecords(content)))
  return made
}

const propsOf: { [C in PageCollection]: (entry: EntryOf<C>, content: SiteContent) => PageProps[C] } = {
  glossary: (entry, { bySlug }) => ({
    entry,
    related: found(entry.related, bySlug.glossary).map(termLink),
    ...(entry.domain && { domain: domainLabel(entry.domain, bySlug.domains) }),
  }),
  cities: (city, content) => ({
    city,
    news: (content.newsOfCity.get(city.slug) ?? []).slice(0, 6).map(newsCard),
    agreements: (records(content).agreementsOf.get(partnerPath('cities', city.slug)) ?? []).map(agreementCard),
    activities: (records(content).activitiesOf.get(partnerPath('cities', city.slug)) ?? []).map(activityItem),
  }),
  news: (item, { bySlug }) => ({ item, cities: found(item.cities, bySlug.cities).map(cityLink), terms: found(item.terms, bySlug.glossary).map(termLink) }),
  organizations: (organization, content) => ({
    organization,
    agreements: (records(content).agreementsOf.get(partnerPath('organizations', organization.slug)) ?? []).map(agreementCard),
    activities: (records(content).activitiesOf.get(partnerPath('organizations', organization.slug)) ?? []).map(activityItem),
  }),
  agreements: (agreement, content) => ({
    agreement,
    state: agreementState(agreement, buildDay()),
    partners: partnerLinks(agreement.partners, content),
    sectors: (agreement.sectors ?? []).map((slug) => domainLabel(slug, content.bySlug.domains)),
    activities: content.activities
      .filter((a) => a.agreement === partnerPath('agreements', agreement.slug))
      .sort(newestFirst((a) => a.start))
      .map(activityItem),
  }),
  activities: (activity, content) => {
    const agreement = activity.agreement ? content.bySlug.agreements.get(activity.agreement.split('/')[1] ?? '') : undefined
    return {
      activity,
      partners: partnerLinks(activity.partners, content),
      sectors: (activity.sectors ?? []).map((slug) => domainLabel(slug, content.bySlug.domains)),
      ...(agreement && { agreement: { slug: agreement.slug, title: agreement.title } }),
    }
  },
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
