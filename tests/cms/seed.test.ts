/**
 * First start on an empty database: the CMS creates its first admin and seeds itself from content/. Then the seed
 * bundle round-trips: a full export is byte-identical to content/.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { readBundle } from '../../content/bundle.ts'
import { collections, isDraft, type EntryOf } from '../../content/schema/index.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { openTestCms, password } from '../support/localCms.ts'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await openTestCms({ SEED_CONTENT: 'true', CONTENT_DIR: 'content' }))
}, 1_200_000)

describe('first start', () => {
  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const { user } = await payload.login({ collection: 'users', data: { email: 'admin@example.org', password } })
    expect(user?.role).toBe('admin')
  })

  it('seeds every entry of content/, published except the drafts the bundle marks', async () => {
    const bundle = await readBundle('content')
    for (const collection of collections) {
      const entries: EntryOf<typeof collection>[] = bundle[collection]
      const drafts = entries.filter((entry) => isDraft(collection, entry)).length
      const all = await payload.count({ collection })
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(all.totalDocs, collection).toBe(entries.length)
      expect(published.totalDocs, collection).toBe(entries.length - drafts)
    }
  })
})

describe('the seed bundle', () => {
  it('holds the seed the office starts from: every collection, drafts of agreements and activities, every visibility', async () => {
    const bundle = await readBundle('content')
    expect(bundle.glossary.length).toBeGreaterThanOrEqual(150)
    expect(bundle.cities.length).toBeGreaterThanOrEqual(20)
    expect(bundle.news.length).toBeGreaterThanOrEqual(12)
    expect(bundle.organizations.length).toBeGreaterThanOrEqual(15)
    expect(bundle.agreements.length).toBeGreaterThanOrEqual(15)
    expect(bundle.activities.length).toBeGreaterThanOrEqual(30)
    expect(bundle.domains.length).toBeGreaterThan(0)
    expect(bundle.agreements.some((a) => isDraft('agreements', a))).toBe(true)
    expect(bundle.activities.some((a) => isDraft('activities', a))).toBe(true)
    expect(new Set(bundle.activities.map((a) => a.visibility ?? 'public'))).toEqual(new Set(['public', 'bma', 'office', 'restricted']))
    expect(bundle.activities.filter((a) => a.visibility === 'restricted').every((a) => (a.readers ?? []).length > 0)).toBe(true)
    // The v2 seed keeps no v1 inline lists and no organisations filed as cities: those moved to their own collections.
    expect(bundle.cities.filter((c) => c.agreements || c.activities || c.relationship === 'organization').map((c) => c.slug)).toEqual([])
    // A moved organisation's old city URL redirects only while no city has taken that slug.
    const citySlugs = new Set(bundle.cities.map((c) => c.slug))
    const moved = bundle.organizations.flatMap((o) => o.movedFrom ?? [])
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.filter((path) => !path.startsWith('cities/') || citySlugs.has(path.slice('cities/'.length)))).toEqual([])
  })
  it('round-trips: a full export is byte-identical to content/', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bma-seed-export-'))
    await exportBundle(payload, out, { includeInternal: true })
    for (const folder of [...collections, 'media']) expect(await diffTrees(join('content', folder), join(out, folder)), folder).toEqual([])
  })

  it('re-imports as unchanged', async () => {
    const summary = await importBundle(payload, 'content')
    expect(summary.created + summary.updated + summary.media).toBe(0)
  }, 120_000)
})
