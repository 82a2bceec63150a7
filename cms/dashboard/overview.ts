/**
 * The numbers of the dashboard, read as the signed-in user (access rules apply): partners by kind, country and
 * region; agreements by status and those expiring within a year; activities per year and sector; the latest deploys;
 * translation coverage. Every number carries the collection and query that count it, so the admin can link it to the
 * filtered list and a test can count the same query again.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { dateKey, type CollectionName, type Locale } from '../../content/schema/index.ts'
import { readColumns } from '../access/readColumns.ts'
import type { Doc } from '../bundle/documents.ts'
import { isOfficeStaff } from '../access/roles.ts'
import { coverage } from '../translations/worklist.ts'
import { countriesOf, regionOf } from './regions.ts'

type User = PayloadRequest['user']

/** A number and the list it counts. */
export interface Counted {
  count: number
  collection: CollectionName
  where: Where
}

/** One row of a chart: a category and its numbers per series (cities, organisations ...). */
export interface Row {
  key: string
  values: Partial<Record<string, Counted>>
}

export interface ExpiringAgreement {
  id: number | string
  title: string
  expires: string
  days: number
}

export interface Overview {
  partnersByKind: Row[]
  partnersByCountry: Row[]
  partnersByRegion: Row[]
  agreementsByStatus: Row[]
  expiring: { total: Counted; agreements: ExpiringAgreement[] }
  activitiesByYear: Row[]
  activitiesBySector: Row[]
  sectorNames: Record<string, string>
  deploys: { id: number | string; title?: string; state?: string; finishedAt?: string; error?: string }[]
  /** Per language, for the office's staff (empty for others). */
  coverage: Partial<Record<Exclude<Locale, 'th'>, { translated: number; total: number; missing: number; stale: number }>>
}

/** Groups documents by a key (or several, for list fields), counting each group with the query that finds it. */
function groupBy(
  docs: Doc[],
  keysOf: (doc: Doc) => string[],
  collection: CollectionName,
  whereOf: (key: string) => Where,
  series = collection,
): Map<string, Row> {
  const rows = new Map<string, Row>()
  for (const doc of docs)
    for (const key of keysOf(doc)) {
      const row = rows.get(key) ?? { key, values: {} }
      const value = row.values[series] ?? { count: 0, collection, where: whereOf(key) }
      value.count++
      row.values[series] = value
      rows.set(key, row)
    }
  return rows
}

/** Rows of several series merged by key, the largest total first. */
function merge(...groups: Map<string, Row>[]): Row[] {
  const rows = new Map<string, Row>()
  for (const group of groups) for (const [key, row] of group) rows.set(key, { key, values: { ...rows.get(key)?.values, ...row.values } })
  const total = (row: Row) => Object.values(row.values).reduce((sum, v) => sum + (v?.count ?? 0), 0)
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.key.localeCompare(b.key))
}

const none = '-'
const text = (value: unknown) => (typeof value === 'string' && value ? value : none)
/** `equals` for a value, `exists: false` for the entries without one. */
const valueIs =
  (field: string) =>
  (key: string): Where =>
    key === none ? { [field]: { exists: false } } : { [field]: { equals: key } }

export const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export async function overview(payload: Payload, user: User, today = new Date()): Promise<Overview> {
  const [cities, organizations, agreements, activities, domains] = await Promise.all([
    readColumns(payload, user, 'cities', ['relationship', 'country']),
    readColumns(payload, user, 'organizations', ['kind', 'country']),
    readColumns(payload, user, 'agreements', ['status', 'expires', 'title']),
    readColumns(payload, user, 'activities', ['start', 'sectors']),
    readColumns(payload, user, 'domains', ['name']),
  ])

  const country = (doc: Doc) => [text(doc.country)]
  const region = (doc: Doc) => [typeof doc.country === 'string' ? (regionOf(doc.country) ?? none) : none]
  const regionWhere = (key: string): Where => (key === none ? { country: { exists: false } } : { country: { in: countriesOf(key) } })

  // Within the next 12 months, by the date an agreement's expiry stands for (a year stands for its first day).
  const from = isoDay(today)
  const until = new Date(today)
  until.setUTCFullYear(until.getUTCFullYear() + 1)
  const to = isoDay(until)
  const expiringWhere: Where = { and: [{ status: { equals: 'in-force' } }, { expires: { greater_than_equal: from } }, { expires: { less_than_equal: to } }] }
  const expiringDocs = agreements.filter(
    (a) => a.status === 'in-force' && typeof a.expires === 'string' && dateKey(a.expires) >= from && dateKey(a.expires) <= to,
  )
  const day = 24 * 60 * 60 * 1000
  const expiring = expiringDocs
    .map((a) => ({
      id: a.id as number | string,
      title: text(a.title),
      expires: a.expires as string,
      days: Math.round((Date.parse(dateKey(a.expires as string)) - Date.parse(from)) / day),
    }))
    .sort((a, b) => a.days - b.days)

  const year = (doc: Doc) => [typeof doc.start === 'string' ? doc.start.slice(0, 4) : none]
  const yearWhere = (key: string): Where =>
    key === none ? { start: { exists: false } } : { and: [{ start: { greater_than_equal: key } }, { start: { less_than: String(Number(key) + 1) } }] }
  const sectors = (doc: Doc) => (Array.isArray(doc.sectors) && doc.sectors.length > 0 ? doc.sectors.map(String) : [none])
  const sectorWhere = (key: string): Where => (key === none ? { sectors: { exists: false } } : { sectors: { in: [key] } })

  // Deploys and translations are the office's business: BMA readers of other units see the relationships only.
  const staff = isOfficeStaff(user)
  const deploys = staff ? (await payload.find({ collection: 'deploys', user, overrideAccess: false, sort: '-queuedAt', limit: 5, depth: 0 })).docs : []
  const translation = staff ? await coverage(payload, user) : undefined

  return {
    partnersByKind: merge(
      groupBy(cities, (d) => [text(d.relationship)], 'cities', valueIs('relationship')),
      groupBy(organizations, (d) => [text(d.kind)], 'organizations', valueIs('kind')),
    ),
    partnersByCountry: merge(groupBy(cities, country, 'cities', valueIs('country')), groupBy(organizations, country, 'organizations', valueIs('country'))),
    partnersByRegion: merge(groupBy(cities, region, 'cities', regionWhere), groupBy(organizations, region, 'organizations', regionWhere)),
    agreementsByStatus: merge(groupBy(agreements, (d) => [text(d.status)], 'agreements', valueIs('status'))),
    expiring: { total: { count: expiring.length, collection: 'agreements', where: expiringWhere }, agreements: expiring },
    activitiesByYear: merge(groupBy(activities, year, 'activities', yearWhere)).sort((a, b) => b.key.localeCompare(a.key)),
    activitiesBySector: merge(groupBy(activities, sectors, 'activities', sectorWhere)),
    sectorNames: Object.fromEntries(domains.map((d) => [String(d.id), text(d.name)])),
    deploys: deploys as Overview['deploys'],
    coverage: Object.fromEntries(
      Object.entries(translation?.totals ?? {}).map(([locale, counts]) => [
        locale,
        {
          translated: counts.current + counts.reviewed,
          total: counts.current + counts.reviewed + counts.missing + counts.stale,
          missing: counts.missing,
          stale: counts.stale,
        },
      ]),
    ) as Overview['coverage'],
  }
}
