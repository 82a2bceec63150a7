/**
 * First start on an empty database: the CMS creates its first admin and seeds itself from content/. Then the seed
 * bundle round-trips: a full export is byte-identical to content/.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { readBundle } from '../../content/bundle.ts'
import { collections, fieldsOf, isDraft, locales, type CollectionName, type EntryOf } from '../../content/schema/index.ts'
import { diffTrees } from '../support/diffTrees.ts'
import type { Json } from '../support/json.ts'
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

describe('a new entry is written with every language at once', () => {
  // The import creates a new entry in Thai and adds its translations in one write (cms/bundle/addLocales.ts); a
  // changed entry is saved language by language through the Local API. Copies of seeded entries, imported first in
  // Thai only and then with every language, take the second way: each copy must be stored as its original is.
  const copied = (slug: string) => `${slug}-copy`
  /** An entry with its Thai text only, but the alternative texts of its images: those are the media items' (shared). */
  const thaiOnly = (collection: CollectionName, entry: Json): Json => {
    const alts = fieldsOf(collection)
      .filter(({ kind }) => kind.altOf)
      .map(({ path }) => path.join('.'))
    const strip = (value: Json, at: string[]): Json => {
      if (alts.includes(at.join('.'))) return value
      if (Array.isArray(value)) return value.map((item) => strip(item, [...at, '*']))
      if (value === null || typeof value !== 'object') return value
      const keys = Object.keys(value)
      if (keys.includes('th') && keys.every((key) => (locales as string[]).includes(key))) return { th: value.th }
      return Object.fromEntries(keys.map((key) => [key, strip(value[key], [...at, key])]))
    }
    return strip(entry, [])
  }
  /** The richest entries of each collection (most text), and a draft where there is one. */
  async function chosen(collection: CollectionName): Promise<Json[]> {
    const dir = join('content', collection)
    const entries = await Promise.all((await readdir(dir)).map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8'))))
    const richest = entries.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length).slice(0, 2)
    const draft = entries.find((entry) => isDraft(collection, entry) && !richest.includes(entry))
    return draft ? [...richest, draft] : richest
  }
  async function bundleWithCopies(version: (collection: CollectionName, entry: Json) => Json): Promise<string> {
    const dir = join(await mkdtemp(join(tmpdir(), 'bma-copies-')), 'content')
    await cp('content', dir, { recursive: true })
    for (const collection of collections) {
      for (const entry of await chosen(collection)) {
        // Former slugs and moved-from paths name one entry only.
        const { previousSlugs: _, movedFrom: __, ...rest } = entry
        const copy = version(collection, { ...rest, slug: copied(entry.slug) })
        await writeFile(join(dir, collection, `${copy.slug}.json`), JSON.stringify(copy, null, 2))
      }
    }
    return dir
  }
  /** A stored document and its newest version with every language, without what differs between two entries. */
  async function stored(collection: CollectionName, slug: string): Promise<Json> {
    const [doc] = (await payload.db.find({ collection, where: { slug: { equals: slug } }, locale: 'all', limit: 1 })).docs as Json[]
    const { docs } = await payload.db.findVersions({ collection, where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, locale: 'all' })
    const rowIds: string[] = []
    const text = JSON.stringify({ doc, version: (docs[0] as Json).version }, (key, value) => {
      if (['id', 'slug', 'previousSlugs', 'movedFrom', 'createdAt', 'updatedAt', 'at'].includes(key)) {
        if (key === 'id' && typeof value === 'string') rowIds.push(value)
        return undefined
      }
      return value
    })
    // Translation state names list rows by their ids, which are the entry's own.
    return JSON.parse(rowIds.reduce((json, id, i) => json.replaceAll(id, `row${i}`), text))
  }

  it('stores it as saves language by language would', async () => {
    expect(await importBundle(payload, await bundleWithCopies(thaiOnly))).toMatchObject({ updated: 0 })
    const summary = await importBundle(payload, await bundleWithCopies((_, entry) => entry))
    expect(summary.created).toBe(0)
    expect(summary.updated).toBeGreaterThan(collections.length)
    for (const collection of collections) {
      for (const entry of await chosen(collection)) {
        expect(await stored(collection, copied(entry.slug)), `${collection}/${entry.slug}`).toEqual(await stored(collection, entry.slug))
      }
    }
  }, 600_000)
})
