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
import { collections } from '../../content/schema/index.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { openTestCms, password } from '../support/localCms.ts'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await openTestCms({ SEED_CONTENT: 'true', CONTENT_DIR: 'content' }))
}, 600_000)

describe('first start', () => {
  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const { user } = await payload.login({ collection: 'users', data: { email: 'admin@example.org', password } })
    expect(user?.role).toBe('admin')
  })

  it('seeds every entry of content/, published', async () => {
    for (const collection of collections) {
      const all = await payload.count({ collection })
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(all.totalDocs).toBeGreaterThan(0)
      expect(published.totalDocs).toBe(all.totalDocs)
    }
    expect((await payload.count({ collection: 'glossary' })).totalDocs).toBeGreaterThanOrEqual(150)
    expect((await payload.count({ collection: 'cities' })).totalDocs).toBeGreaterThanOrEqual(20)
    expect((await payload.count({ collection: 'news' })).totalDocs).toBeGreaterThanOrEqual(12)
  })
})

describe('the seed bundle', () => {
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
