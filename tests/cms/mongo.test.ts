/**
 * The production database path: the same import, round trip, snapshot sync and access rules on MongoDB. No mongod can run on the
 * development machine, so this suite runs only when MONGODB_URL names a server (a fresh database is used and
 * dropped), and says that it was skipped otherwise.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { syncSnapshot } from '../../cms/bundle/syncSnapshot.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

const server = process.env.MONGODB_URL
if (!server) console.warn('MongoDB suite skipped: set MONGODB_URL=mongodb://host:port to run it against a real server.')

function testDatabaseUrl(base: string): string {
  const url = new URL(base)
  url.pathname = `/bma-test-${Date.now()}-${process.pid}`
  return url.toString()
}

describe.skipIf(!server)('on MongoDB', () => {
  let payload: Payload
  const valid = cmsBundle

  beforeAll(async () => {
    ;({ payload } = await openTestCms({ DATABASE_URL: testDatabaseUrl(server!), PAYLOAD_SECRET: 'mongo-test-secret' }))
    await importBundle(payload, valid)
  })

  afterAll(async () => {
    await (payload?.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } })?.connection?.dropDatabase()
  })

  it('uses the MongoDB adapter', () => {
    expect(payload.db.name).toBe('mongoose')
  })

  it('round-trips the bundle byte for byte', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bma-mongo-export-'))
    await exportBundle(payload, out, { includeInternal: true })
    expect(await diffTrees(valid, out)).toEqual([])
  })

  it('re-imports as unchanged', async () => {
    expect(await importBundle(payload, valid)).toEqual({ created: 0, updated: 0, unchanged: 5, media: 0 })
  })

  it('keeps a snapshot in sync as the SQLite default does (renames included)', async () => {
    const snapshot = join(await mkdtemp(join(tmpdir(), 'bma-mongo-sync-')), 'snapshot')
    const fresh = () => mkdtemp(join(tmpdir(), 'bma-mongo-export-'))
    expect(await syncSnapshot(payload, snapshot)).toMatchObject({ full: true, written: 4 })
    const term = (await payload.find({ collection: 'glossary', where: { slug: { equals: 'friendship-city' } } })).docs[0]!
    await payload.update({ collection: 'glossary', id: term.id, data: { slug: 'friendly-city' } as never })
    expect(await syncSnapshot(payload, snapshot)).toMatchObject({ full: false, written: 1, removed: 1 })
    const out = await fresh()
    await exportBundle(payload, out)
    expect(await diffTrees(out, snapshot)).toEqual([])
    await payload.update({ collection: 'glossary', id: term.id, data: { slug: 'friendship-city' } as never })
  })

  it('shows anonymous readers published, public data only', async () => {
    const { docs } = await payload.find({ collection: 'glossary', overrideAccess: false, draft: true, limit: 100 })
    expect(docs.map((d) => d.slug).sort()).toEqual(['friendship-city', 'sister-city'])
    const city = await payload.find({ collection: 'cities', overrideAccess: false })
    expect(JSON.stringify(city.docs)).not.toMatch(/INTERNAL-/)
  })
})
