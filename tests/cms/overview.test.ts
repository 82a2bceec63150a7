/**
 * The dashboard's numbers equal the database: every number of the overview, counted again through the query it links
 * to, as the same user (access rules apply: a BMA reader's overview counts what a BMA reader may read), and the totals
 * add up to the entries there are.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { collections } from '../../content/schema/index.ts'
import { readColumns } from '../../cms/access/readColumns.ts'
import { asDocs } from '../../cms/bundle/documents.ts'
import { overview, isoDay, type Counted, type Overview } from '../../cms/dashboard/overview.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { openTestCms, password, type Staff, type StaffUser } from '../support/localCms.ts'

let payload: Payload
let staff: Staff
let reader: StaffUser
const today = new Date('2027-03-01T00:00:00Z')

const counted = (data: Overview): Counted[] => [
  ...[data.partnersByKind, data.partnersByCountry, data.partnersByRegion, data.agreementsByStatus, data.activitiesByYear, data.activitiesBySector].flatMap(
    (rows) => rows.flatMap((row) => Object.values(row.values) as Counted[]),
  ),
  data.expiring.total,
]

beforeAll(async () => {
  ;({ payload, staff } = await openTestCms())
  reader = {
    ...(await payload.create({ collection: 'users', data: { email: 'reader@bma.example', password, role: 'bma-reader' } })),
    collection: 'users' as const,
  }
  const city = (slug: string, country: string, relationship: string) =>
    payload.create({
      collection: 'cities',
      locale: 'th',
      data: { slug, name: slug, country, relationship: relationship as 'sister-city', summary: 'สรุป', body: paragraph('เนื้อหา'), _status: 'published' },
    })
  const org = (slug: string, kind: string, country?: string) =>
    payload.create({
      collection: 'organizations',
      locale: 'th',
      data: { slug, name: slug, kind: kind as 'embassy', country, summary: 'สรุป', _status: 'published' },
    })
  const cities = [
    await city('fukuoka', 'JP', 'sister-city'),
    await city('seoul', 'KR', 'sister-city'),
    await city('hanoi', 'VN', 'friendship-city'),
    await city('paris', 'FR', 'partner-city'),
  ]
  await org('citynet', 'city-network', 'KR')
  await org('un-habitat', 'international-organization')
  await org('embassy-jp', 'embassy', 'JP')
  const sector = await payload.create({ collection: 'domains', locale: 'th', data: { slug: 'environment', name: 'สิ่งแวดล้อม', _status: 'published' } })
  const agreement = (slug: string, status: string, expires: string | undefined, visibility = 'public') =>
    payload.create({
      collection: 'agreements',
      locale: 'th',
      data: {
        slug,
        title: slug,
        kind: 'mou',
        status: status as 'in-force',
        signed: '2019',
        expires,
        visibility: visibility as 'public',
        partners: [{ relationTo: 'cities', value: cities[0]!.id }],
        _status: 'published',
      },
    })
  await agreement('soon', 'in-force', '2027-06-30')
  await agreement('next-year', 'in-force', '2028')
  await agreement('far', 'in-force', '2030-01-01')
  await agreement('office-only', 'in-force', '2027-04-01', 'office')
  await agreement('old', 'expired', '2020-01-01')
  await agreement('talks', 'under-negotiation', undefined)
  const activity = (slug: string, start: string, sectors: (number | string)[], visibility = 'public') =>
    payload.create({
      collection: 'activities',
      locale: 'th',
      data: {
        slug,
        title: slug,
        kind: 'meeting',
        start,
        sectors: sectors as number[],
        visibility: visibility as 'public',
        partners: [{ relationTo: 'cities', value: cities[1]!.id }],
        _status: 'published',
      },
    })
  await activity('visit-2025', '2025-05-01', [sector.id])
  await activity('visit-2026', '2026-02', [sector.id])
  await activity('talk-2026', '2026', [])
  await activity('internal-2026', '2026-09-09', [], 'office')
})

describe('overview numbers', () => {
  it.each(['editor', 'bma-reader'] as const)('as %s, every number equals a count of the query it links to', async (role) => {
    const user = role === 'editor' ? staff.editor : reader
    const data = await overview(payload, user, today)
    const numbers = counted(data)
    expect(numbers.length).toBeGreaterThan(15)
    for (const { collection, where, count } of numbers) {
      const again = await payload.count({ collection, where, user, overrideAccess: false })
      expect([collection, JSON.stringify(where), again.totalDocs]).toEqual([collection, JSON.stringify(where), count])
    }
  })

  it('adds up: each partner counted once by kind, region and country; every agreement and activity once by status and year', async () => {
    const data = await overview(payload, staff.editor, today)
    const sum = (rows: Overview['partnersByKind'], series: string) => rows.reduce((total, row) => total + (row.values[series]?.count ?? 0), 0)
    for (const rows of [data.partnersByKind, data.partnersByRegion, data.partnersByCountry]) {
      expect(sum(rows, 'cities')).toBe((await payload.count({ collection: 'cities' })).totalDocs)
      expect(sum(rows, 'organizations')).toBe((await payload.count({ collection: 'organizations' })).totalDocs)
    }
    expect(sum(data.agreementsByStatus, 'agreements')).toBe(6)
    expect(sum(data.activitiesByYear, 'activities')).toBe(4)
    expect(data.partnersByRegion.map((r) => r.key)).toEqual(expect.arrayContaining(['030', '035', '155']))
  })

  it('lists the agreements in force expiring within 12 months, soonest first, as the reader may read them', async () => {
    const editor = await overview(payload, staff.editor, today)
    expect(editor.expiring.agreements.map((a) => a.title)).toEqual(['office-only', 'soon', 'next-year'])
    expect(editor.expiring.agreements[0]!.days).toBe(31)
    const bma = await overview(payload, reader, today)
    expect(bma.expiring.agreements.map((a) => a.title)).toEqual(['soon', 'next-year'])
    expect(isoDay(today)).toBe('2027-03-01')
  })

  it('counts translation coverage over every entry with Thai text', async () => {
    const data = await overview(payload, staff.editor, today)
    let entries = 0
    for (const collection of collections) entries += (await payload.count({ collection })).totalDocs
    expect(data.coverage.en).toEqual({ translated: 0, total: entries, missing: entries, stale: 0 })
    expect((await overview(payload, reader, today)).coverage).toEqual({})
  })
})

describe('reading columns for counting', () => {
  it.each(['editor', 'bma-reader'] as const)('as %s, gives exactly what Payload’s find gives: the same entries, values and language', async (role) => {
    const user = role === 'editor' ? staff.editor : reader
    for (const [collection, columns] of [
      ['agreements', ['status', 'expires', 'title']],
      ['activities', ['start', 'sectors', 'title']],
      ['domains', ['name']],
    ] as const) {
      const select = Object.fromEntries(columns.map((c) => [c, true]))
      const { docs } = await payload.find({ collection, user, overrideAccess: false, depth: 0, pagination: false, select, locale: 'en' })
      const expected = asDocs(docs).map((doc) => Object.fromEntries(['id', ...columns].map((c) => [c, doc[c] ?? null])))
      const read = (await readColumns(payload, user, collection, [...columns], { locale: 'en' })).map((doc) =>
        Object.fromEntries(['id', ...columns].map((c) => [c, doc[c] ?? null])),
      )
      expect(read.sort((a, b) => Number(a.id) - Number(b.id))).toEqual(expected.sort((a, b) => Number(a.id) - Number(b.id)))
    }
  })

  it('leaves out a column the user may not read, and reads drafts’ newest versions when asked', async () => {
    const draft = await payload.create({ collection: 'glossary', locale: 'th', data: { slug: 'draft-term', term: 'ร่าง', internalNote: 'ลับ' }, draft: true })
    const asStaff = await readColumns(payload, staff.editor, 'glossary', ['term', 'internalNote'], { drafts: true })
    expect(asStaff.find((doc) => doc.id === draft.id)).toMatchObject({ term: 'ร่าง', internalNote: 'ลับ' })
    const published = await payload.create({
      collection: 'glossary',
      locale: 'th',
      data: { slug: 'public-term', term: 'สาธารณะ', definition: paragraph('นิยาม'), internalNote: 'ลับ', _status: 'published' },
    })
    const asReader = await readColumns(payload, reader, 'glossary', ['term', 'internalNote'], { drafts: true })
    expect(asReader.find((doc) => doc.id === draft.id)).toBeUndefined()
    expect(asReader.find((doc) => doc.id === published.id)).toMatchObject({ id: published.id, term: 'สาธารณะ', internalNote: undefined })
  })
})
