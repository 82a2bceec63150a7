/**
 * content:import and content:export against a real CMS: a valid bundle, each kind of bad bundle (rejected with the
 * listed error, database unchanged), idempotent re-import, and the exact round trip.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { BundleError, serializeEntry } from '../../content/bundle.ts'
import type { Activity, Agreement } from '../../content/schema/index.ts'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'
import { diffTrees } from '../support/diffTrees.ts'
import type { Json } from '../support/json.ts'

let payload: Payload
const valid = cmsBundle

beforeAll(async () => {
  ;({ payload } = await openTestCms())
  await importBundle(payload, valid)
})

/** Everything the CMS holds, as a full backup: the measure of "unchanged". */
async function snapshot(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bma-snap-'))
  const bundle = await exportBundle(payload, out, { includeInternal: true })
  const media = await payload.count({ collection: 'media' })
  await rm(out, { recursive: true })
  return JSON.stringify({ bundle, media: media.totalDocs })
}

/** A copy of the valid bundle with one file changed, written or removed. */
async function variant(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'bma-bundle-')), 'content')
  await cp(valid, dir, { recursive: true })
  await edit(dir)
  return dir
}
const editJson = (dir: string, file: string, change: (data: Json) => void) =>
  readFile(join(dir, file), 'utf8').then(async (text) => {
    const data = JSON.parse(text)
    change(data)
    await writeFile(join(dir, file), JSON.stringify(data, null, 2))
  })

describe('a valid bundle', () => {
  it('imports every entry with its translations and media', async () => {
    expect((await payload.count({ collection: 'glossary' })).totalDocs).toBe(3)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(4)
    const term = await payload.find({ collection: 'glossary', where: { slug: { equals: 'sister-city' } }, locale: 'ja' })
    expect(term.docs[0]?.term).toBe('姉妹都市')
    expect((term.docs[0]?.related as { slug: string }[]).map((t) => t.slug)).toEqual(['friendship-city'])
  })

  it('queues one deploy for the whole import, not one per document', async () => {
    const { docs } = await payload.find({ collection: 'deploys', depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ state: 'queued', changeCount: 1, changes: [expect.objectContaining({ action: 'import', slug: 'cms-bundle' })] })
  })

  it('re-imports without duplicating or changing anything', async () => {
    const before = await snapshot()
    const summary = await importBundle(payload, valid)
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 6, media: 0 })
    expect(await snapshot()).toBe(before)
  })

  it('round trip: import then export (full backup) gives the same bundle, byte for byte', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bma-export-'))
    await exportBundle(payload, out, { includeInternal: true })
    expect(await diffTrees(valid, out)).toEqual([])
  })

  it('updates an entry whose text changed, keeping the other translations', async () => {
    const changed = await variant((dir) => editJson(dir, 'glossary/sister-city.json', (d) => (d.term.en = 'twin city')))
    expect(await importBundle(payload, changed)).toMatchObject({ created: 0, updated: 1 })
    const en = await payload.find({ collection: 'glossary', where: { slug: { equals: 'sister-city' } }, locale: 'en' })
    expect(en.docs[0]?.term).toBe('twin city')
    const ko = await payload.find({ collection: 'glossary', where: { slug: { equals: 'sister-city' } }, locale: 'ko' })
    expect(ko.docs[0]?.term).toBe('자매도시')
    await importBundle(payload, valid)
  })

  it('accepts a domain the bundle does not define, and names it by its slug', async () => {
    const dir = await variant(async (d) => {
      await rm(join(d, 'domains'), { recursive: true })
      await editJson(d, 'glossary/friendship-city.json', (data) => (data.domain = 'coastal-cities'))
    })
    await importBundle(payload, dir)
    const { docs } = await payload.find({ collection: 'domains', where: { slug: { equals: 'coastal-cities' } }, locale: 'all' })
    expect(docs.map((doc) => doc.name)).toEqual([{ th: 'coastal-cities' }])
    const term = await payload.find({ collection: 'glossary', where: { slug: { equals: 'friendship-city' } }, depth: 1 })
    expect(term.docs[0]?.domain).toMatchObject({ slug: 'coastal-cities' })
    await importBundle(payload, valid)
  })

  it('round-trips what a bundle leaves implied, and every locale any field has', async () => {
    // An agreement without a visibility (public), and an activity whose place is translated before its title.
    const agreement = { slug: 'fukuoka-friendship', title: { th: 'ความตกลง' }, kind: 'friendship', partners: ['cities/fukuoka'], status: 'in-force' }
    const activity = {
      slug: 'fukuoka-visit',
      title: { th: 'การเยือน' },
      kind: 'incoming-visit',
      start: '2026-01-10',
      partners: ['cities/fukuoka'],
      place: { th: 'ศาลาว่าการ', en: 'City Hall', ja: '市庁舎' },
      agreement: 'agreements/fukuoka-friendship',
    }
    const dir = await variant(async (d) => {
      await mkdir(join(d, 'agreements'))
      await mkdir(join(d, 'activities'))
      await writeFile(join(d, 'agreements/fukuoka-friendship.json'), JSON.stringify(agreement))
      await writeFile(join(d, 'activities/fukuoka-visit.json'), JSON.stringify(activity))
    })
    await importBundle(payload, dir)
    const out = await mkdtemp(join(tmpdir(), 'bma-export-'))
    await exportBundle(payload, out, { includeInternal: true })
    expect(await readFile(join(out, 'agreements/fukuoka-friendship.json'), 'utf8')).toBe(serializeEntry('agreements', agreement as Agreement))
    expect(await readFile(join(out, 'activities/fukuoka-visit.json'), 'utf8')).toBe(serializeEntry('activities', activity as Activity))
  })

  it('keeps script-injection text as text', async () => {
    const city = await payload.find({ collection: 'cities', where: { slug: { equals: 'fukuoka' } }, locale: 'en' })
    expect(JSON.stringify(city.docs[0]?.body)).toContain("<script>document.title = 'pwned'</script>")
  })
})

describe('the public snapshot', () => {
  it('holds published, public content only', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bma-snapshot-'))
    const bundle = await exportBundle(payload, out)
    expect(bundle.glossary.map((t) => t.slug).sort()).toEqual(['friendship-city', 'sister-city'])
    const everything = JSON.stringify(bundle)
    for (const secret of ['INTERNAL-NOTE-GLOSSARY', 'INTERNAL-CONTACT-NAME', 'INTERNAL-CITY-NOTE', 'INTERNAL-AGREEMENT', 'reviewStatus', 'unpublished-term']) {
      expect(everything).not.toContain(secret)
    }
    expect(await diffTrees(join(valid, 'media'), join(out, 'media'))).toEqual(['only in first: docs/internal.pdf'])
  })
})

const badBundles: [string, (dir: string) => Promise<void>, RegExp][] = [
  ['bad JSON', (dir) => writeFile(join(dir, 'glossary/broken.json'), '{"slug": "broken",'), /content\/glossary\/broken\.json: is not valid JSON/],
  ['missing th', (dir) => editJson(dir, 'glossary/sister-city.json', (d) => delete d.term.th), /content\/glossary\/sister-city\.json: term\.th is required/],
  [
    'unknown locale key',
    (dir) => editJson(dir, 'cities/fukuoka.json', (d) => (d.name.fr = 'Fukuoka')),
    /content\/cities\/fukuoka\.json: name has unknown locale "fr"/,
  ],
  [
    'duplicate slug',
    (dir) => writeFile(join(dir, 'glossary/sister-city-copy.json'), JSON.stringify({ slug: 'sister-city', term: { th: 'ซ้ำ' }, definition: { th: 'ซ้ำ' } })),
    /duplicate slug "sister-city"/,
  ],
  [
    'dangling relation',
    (dir) => editJson(dir, 'news/delegation-visit.json', (d) => d.cities.push('atlantis')),
    /content\/news\/delegation-visit\.json: cities\.1 refers to "atlantis", which is not in cities\//,
  ],
  [
    'missing media file',
    (dir) => rm(join(dir, 'media/cities/fukuoka.jpg')),
    /content\/cities\/fukuoka\.json: image names media\/cities\/fukuoka\.jpg, which does not exist/,
  ],
  [
    'bad slug',
    (dir) => editJson(dir, 'glossary/friendship-city.json', (d) => (d.slug = 'Friendship City')),
    /content\/glossary\/friendship-city\.json: slug must be lowercase ASCII/,
  ],
  [
    'bad former slug',
    (dir) => editJson(dir, 'glossary/sister-city.json', (d) => (d.previousSlugs = ['Twin City'])),
    /content\/glossary\/sister-city\.json: previousSlugs\.0 must be lowercase ASCII/,
  ],
  ['bad country code', (dir) => editJson(dir, 'cities/fukuoka.json', (d) => (d.country = 'XX')), /country is not an ISO 3166-1 country code/],
  [
    'a corrupt image (only the CMS can tell)',
    (dir) => writeFile(join(dir, 'media/news/delegation-visit.jpg'), Buffer.from('not really a jpeg')),
    /content\/media\/news\/delegation-visit\.jpg: file .*ไม่ใช่ภาพหรือ PDF ที่อ่านได้/,
  ],
]

describe('a bad bundle is rejected whole, with the listed error, and nothing changes', () => {
  it.each(badBundles)('%s', async (_, edit, message) => {
    const before = await snapshot()
    const dir = await variant(async (d) => {
      await edit(d)
      // A second, valid change proves nothing else of the bundle was half-imported.
      await editJson(d, 'glossary/friendship-city.json', (data) => (data.term.en = 'CHANGED-IN-BAD-BUNDLE'))
    })
    const error = await importBundle(payload, dir).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(BundleError)
    expect((error as BundleError).message).toMatch(message)
    expect(await snapshot()).toBe(before)
  })

  it('a failure after the first writes takes them back: the import is one transaction', async () => {
    const before = await snapshot()
    const dir = await variant(async (d) => {
      // Written first (the city's image comes before the news item's), then the corrupt image fails the import.
      await editJson(d, 'cities/fukuoka.json', (data) => (data.imageAlt.en = 'CHANGED-BEFORE-THE-FAILURE'))
      await writeFile(join(d, 'media/news/delegation-visit.jpg'), Buffer.from('not really a jpeg'))
    })
    await expect(importBundle(payload, dir)).rejects.toThrow(/content\/media\/news\/delegation-visit\.jpg: file delegation-visit\.jpg/)
    expect(await snapshot()).toBe(before)
  })

  it('lists every problem, not just the first', async () => {
    const dir = await variant(async (d) => {
      await editJson(d, 'glossary/sister-city.json', (data) => delete data.term.th)
      await editJson(d, 'cities/fukuoka.json', (data) => (data.since = 'last year'))
    })
    const error = (await importBundle(payload, dir).catch((e) => e)) as BundleError
    expect(error.problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['content/glossary/sister-city.json: term.th', 'content/cities/fukuoka.json: since'])
  })
})
