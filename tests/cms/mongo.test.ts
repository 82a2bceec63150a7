/**
 * The production database path: the same import, round trip, snapshot sync and access rules on MongoDB, with the
 * media in an S3-compatible bucket (a real local server), the leases, the job queue and a backup's snapshot reads.
 * No mongod can run on the development machine, so this suite runs only when MONGODB_URL names a server (a fresh
 * database is used and dropped), and says that it was skipped otherwise. README.md ("Deploying") says how to run
 * it against a replica set.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { syncSnapshot } from '../../cms/bundle/syncSnapshot.ts'
import { withSnapshotReads } from '../../cms/backup/snapshot.ts'
import { databaseLease } from '../../cms/deploy/lease.ts'
import { recoverInterrupted } from '../../cms/deploy/runner.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'
import { startS3Server, type S3Server } from '../support/s3Server.ts'

const server = process.env.MONGODB_URL
if (!server) console.warn('MongoDB suite skipped: set MONGODB_URL=mongodb://host:port to run it against a real server.')

function testDatabaseUrl(base: string): string {
  const url = new URL(base)
  url.pathname = `/bma-test-${Date.now()}-${process.pid}`
  return url.toString()
}

describe.skipIf(!server)('on MongoDB', () => {
  let payload: Payload
  let s3: S3Server
  const valid = cmsBundle

  beforeAll(async () => {
    s3 = await startS3Server()
    ;({ payload } = await openTestCms({ DATABASE_URL: testDatabaseUrl(server!), PAYLOAD_SECRET: 'mongo-test-secret', ...s3.env }))
    await importBundle(payload, valid)
  })

  afterAll(async () => {
    await (payload?.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } })?.connection?.dropDatabase()
    await s3?.close()
  })

  it('uses the MongoDB adapter, with the media files in the bucket', async () => {
    expect(payload.db.name).toBe('mongoose')
    expect(await s3.keys()).toEqual(expect.arrayContaining(['fukuoka.jpg', 'delegation-visit.jpg', 'mou.pdf', 'internal.pdf']))
  })

  it('round-trips the bundle byte for byte', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bma-mongo-export-'))
    await exportBundle(payload, out, { includeInternal: true })
    expect(await diffTrees(valid, out)).toEqual([])
  })

  it('re-imports as unchanged', async () => {
    expect(await importBundle(payload, valid)).toEqual({ created: 0, updated: 0, unchanged: 6, media: 0 })
  })

  it('keeps a snapshot in sync as the SQLite default does (renames included)', async () => {
    const snapshot = join(await mkdtemp(join(tmpdir(), 'bma-mongo-sync-')), 'snapshot')
    const fresh = () => mkdtemp(join(tmpdir(), 'bma-mongo-export-'))
    expect(await syncSnapshot(payload, snapshot)).toMatchObject({ full: true, written: 5 })
    const term = (await payload.find({ collection: 'glossary', where: { slug: { equals: 'friendship-city' } } })).docs[0]!
    await payload.update({ collection: 'glossary', id: term.id, data: { slug: 'friendly-city' } })
    expect(await syncSnapshot(payload, snapshot)).toMatchObject({ full: false, written: 1, removed: 1 })
    const out = await fresh()
    await exportBundle(payload, out)
    expect(await diffTrees(out, snapshot)).toEqual([])
    await payload.update({ collection: 'glossary', id: term.id, data: { slug: 'friendship-city' } })
  })

  it('shows anonymous readers published, public data only', async () => {
    const { docs } = await payload.find({ collection: 'glossary', overrideAccess: false, draft: true, limit: 100 })
    expect(docs.map((d) => d.slug).sort()).toEqual(['friendship-city', 'sister-city'])
    const city = await payload.find({ collection: 'cities', overrideAccess: false })
    expect(JSON.stringify(city.docs)).not.toMatch(/INTERNAL-/)
  })

  it('gives a lease to one holder at a time, to the next once expired, and to one of many asking at once', async () => {
    const lease = (name: string, holder: string, ttlMs = 60_000) => databaseLease(payload, name, { ttlMs, holder: `${holder}.example:1:x` })
    expect(await lease('mongo-one', 'a').acquire()).toBe(true)
    expect(await lease('mongo-one', 'b').acquire()).toBe(false)
    expect(await lease('mongo-one', 'a').acquire()).toBe(true)
    expect(await lease('mongo-two', 'a', 200).acquire()).toBe(true)
    await new Promise((done) => setTimeout(done, 300))
    expect(await lease('mongo-two', 'b').acquire()).toBe(true)
    expect(await lease('mongo-two', 'a').acquire()).toBe(false)
    const held = await Promise.all(Array.from({ length: 12 }, (_, i) => lease('mongo-three', `host${i}`).acquire()))
    expect(held.filter(Boolean)).toHaveLength(1)
  })

  it('a runner taking over fails the interrupted deploy and frees the jobs the dead one left processing', async () => {
    const { docs } = await payload.find({ collection: 'deploys', sort: '-queuedAt', limit: 1 })
    const job = await payload.jobs.queue({ task: 'deploySite', queue: 'deploy', input: { deploy: String(docs[0]!.id) } })
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true } })
    await payload.update({ collection: 'deploys', id: docs[0]!.id, data: { state: 'building' } })
    await recoverInterrupted(payload)
    expect((await payload.findByID({ collection: 'deploys', id: docs[0]!.id })).state).toBe('failed')
    const stale = (await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })) as { processing?: boolean } | null
    expect(stale?.processing).toBe(false)
  })

  it('reads a backup from one snapshot (a transaction) on a replica set', async () => {
    const { result, pointInTime } = await withSnapshotReads(payload, (req) => payload.count({ collection: 'glossary', req }))
    expect(result.totalDocs).toBe(3)
    expect(pointInTime).toBe(Boolean(new URL(server!).searchParams.get('replicaSet')))
  })
})
