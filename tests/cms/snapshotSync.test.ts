/**
 * The local deploy's snapshot sync (cms/bundle/syncSnapshot.ts) against a real CMS: after any change, the synced
 * folder is byte-identical to a fresh public export, while only the entries a change touches are rewritten.
 */
import { mkdtempSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { syncSnapshot } from '../../cms/bundle/syncSnapshot.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

let payload: Payload
const snapshot = join(mkdtempSync(join(tmpdir(), 'bma-sync-')), 'snapshot')

/** The snapshot after a sync, compared with a full public export made now. */
async function syncAndCompare() {
  const synced = await syncSnapshot(payload, snapshot)
  const fresh = mkdtempSync(join(tmpdir(), 'bma-export-'))
  await exportBundle(payload, fresh)
  expect(await diffTrees(fresh, snapshot)).toEqual([])
  return synced!
}

const idOf = async (collection: 'glossary' | 'cities' | 'news', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, draft: true, limit: 1 })).docs[0]!.id

beforeAll(async () => {
  ;({ payload } = await openTestCms())
  await importBundle(payload, cmsBundle)
}, 120_000)
afterAll(async () => {
  await payload.destroy()
})

describe('snapshot sync', () => {
  it('exports everything the first time and nothing when nothing changed', async () => {
    expect(await syncAndCompare()).toMatchObject({ full: true, written: 5, removed: 0 })
    expect(await syncAndCompare()).toMatchObject({ full: false, written: 0, removed: 0 })
  })

  it('rewrites an edited entry only, not the entries naming it', async () => {
    await payload.update({ collection: 'cities', id: await idOf('cities', 'fukuoka'), locale: 'en', data: { name: 'Fukuoka City' } })
    expect(await syncAndCompare()).toMatchObject({ written: 1, removed: 0 })
  })

  it('rewrites the entries that refer to a term when it is published, renamed or unpublished', async () => {
    // The news item names `unpublished-term`, left out of its snapshot until the term is published.
    await payload.update({ collection: 'glossary', id: await idOf('glossary', 'unpublished-term'), data: { _status: 'published' } })
    expect(await syncAndCompare()).toMatchObject({ written: 2 })

    // Renamed: its old file goes, the term list of the news item and the related list of friendship-city follow.
    await payload.update({ collection: 'glossary', id: await idOf('glossary', 'sister-city'), data: { slug: 'sister-cities' } })
    expect(await syncAndCompare()).toMatchObject({ written: 3, removed: 1 })
    // The entry keeps its former slugs, so the site redirects them.
    expect(JSON.parse(await readFile(join(snapshot, 'glossary/sister-cities.json'), 'utf8')).previousSlugs).toEqual(['twin-city', 'sister-city'])

    await payload.update({ collection: 'glossary', id: await idOf('glossary', 'sister-cities'), data: { _status: 'draft' } })
    expect(await syncAndCompare()).toMatchObject({ written: 2, removed: 1 })
  })

  it('rewrites the entries that use a media item when it changes or becomes internal', async () => {
    const newsImage = (await payload.find({ collection: 'media', where: { bundlePath: { equals: 'news/delegation-visit.jpg' } } })).docs[0]!
    await payload.update({ collection: 'media', id: newsImage.id, locale: 'en', data: { alt: 'Delegates at City Hall' } })
    expect(await syncAndCompare()).toMatchObject({ written: 1 })

    await payload.update({ collection: 'media', id: newsImage.id, data: { visibility: 'office' } })
    expect(await syncAndCompare()).toMatchObject({ written: 1 })
  })

  it('removes entries that are deleted', async () => {
    await payload.delete({ collection: 'news', id: await idOf('news', 'delegation-visit') })
    expect(await syncAndCompare()).toMatchObject({ written: 0, removed: 1 })
  })

  it('writes again what went missing from the folder', async () => {
    await rm(join(snapshot, 'cities/fukuoka.json'))
    await rm(join(snapshot, 'media/cities/fukuoka.jpg'))
    expect(await syncAndCompare()).toMatchObject({ written: 1 })
  })

  it('leaves a large sync to the caller when asked to', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'bma-sync-')), 'snapshot')
    expect(await syncSnapshot(payload, other, { maxWrites: 1 })).toBeUndefined()
  })
})
