/**
 * Values the CMS stores, checked on every save, drafts included: length limits shared with the bundle schema, dates,
 * country codes and URLs in drafts, and an invalid save that writes nothing. A draft may still leave values out.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { maxMarkdownLength, maxShortTextLength, maxSlugLength } from '../../content/limits.ts'
import { serializeEntry } from '../../content/bundle.ts'
import { countryCode, registry } from '../../content/schema/index.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { openTestCms, type Staff } from '../support/localCms.ts'
import { rejection } from '../support/rejection.ts'
import { createDocument } from '../../cms/bundle/documents.ts'
import { thaiCity } from '../support/entries.ts'

let payload: Payload
let staff: Staff
const term = (slug: string, extra: object = {}) => ({ slug, term: `คำ ${slug}`, definition: paragraph('นิยาม'), ...extra })
/** Saves bundle-shaped test data of any collection (Payload validates it: that is what these tests look at). */
const save = async (collection: 'glossary' | 'cities' | 'news', data: object, draft = false) =>
  createDocument(payload, { collection, locale: 'th', draft, data: { ...data, _status: draft ? 'draft' : 'published' } })

beforeAll(async () => {
  ;({ payload, staff } = await openTestCms())
})

describe('length limits, the same in the CMS and the bundle', () => {
  it('refuse an empty slug and an overlong one, published or draft', async () => {
    expect(await rejection(save('glossary', term('')))).toMatch(/slug.*(required|จำเป็น|ต้องกรอก)/i)
    const long = 'a'.repeat(3000)
    for (const draft of [false, true]) expect(await rejection(save('glossary', term(long), draft))).toContain(`ยาวไม่เกิน ${maxSlugLength} ตัวอักษร`)
    expect(registry.glossary.schema.safeParse({ ...term(long), term: { th: 'x' }, definition: { th: 'x' } }).success).toBe(false)
    expect((await payload.count({ collection: 'glossary', where: { slug: { in: ['', long] } } })).totalDocs).toBe(0)
  })

  it('refuse a term longer than the bundle allows, and accept one at the limit', async () => {
    const atLimit = 'ก'.repeat(maxShortTextLength)
    await expect(save('glossary', term('term-at-limit', { term: atLimit }))).resolves.toBeTruthy()
    expect(await rejection(save('glossary', term('term-too-long', { term: `${atLimit}ก` }), true))).toContain(`ยาวไม่เกิน ${maxShortTextLength} ตัวอักษร`)
    expect(registry.glossary.schema.shape.term.safeParse({ th: atLimit }).success).toBe(true)
    expect(registry.glossary.schema.shape.term.safeParse({ th: `${atLimit}ก` }).success).toBe(false)
  })

  it('measure rich text as the Markdown the bundle would hold', async () => {
    const huge = paragraph('ก'.repeat(maxMarkdownLength + 1))
    expect(await rejection(save('glossary', term('huge-definition', { definition: huge }), true))).toContain(`at most ${maxMarkdownLength}`)
    expect(registry.news.schema.shape.body.safeParse({ th: 'ก'.repeat(maxMarkdownLength + 1) }).success).toBe(false)
  })

  it('an empty or malformed country code is refused, not a crash of the check (found by the bundle fuzz suite)', () => {
    for (const code of ['', 'x', 'XX', 'jp']) expect(countryCode.safeParse(code).success).toBe(false)
  })

  it('refuse a 30 MB note', async () => {
    expect(await rejection(save('glossary', term('huge-note', { internalNote: 'x'.repeat(30_000_000) }), true))).toMatch(/ยาวไม่เกิน \d+ ตัวอักษร/)
  })
})

describe('drafts may be incomplete, never malformed', () => {
  it('a draft may leave required values out', async () => {
    const draft = await save('glossary', { slug: 'bare-draft' }, true)
    expect(draft.id).toBeTruthy()
    const cityDraft = await save('cities', { slug: 'bare-city' }, true)
    expect(cityDraft.id).toBeTruthy()
    expect(await rejection(payload.update({ collection: 'glossary', id: draft.id, locale: 'th', data: { _status: 'published' } }))).toMatch(/ต้องกรอกเป็นภาษาไทย/)
  })

  it.each([
    ['news', { date: 'not-a-date' }, /date/i],
    ['cities', { country: 'XX' }, /รหัสประเทศ/],
    ['cities', { contact: { url: 'javascript:alert(1)' } }, /ขึ้นต้นด้วย http:\/\/ หรือ https:\/\//],
    ['cities', { since: '2026-13-45' }, /ต้องเป็นวันที่/],
    ['glossary', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, /ขึ้นต้นด้วย http:\/\/ หรือ https:\/\//],
  ] as const)('a %s draft with %j is refused', async (collection, values, message) => {
    const base = collection === 'news' ? { slug: 'n', date: '2026-01-01T00:00:00.000Z', title: 'ข่าว', summary: 'ส', body: paragraph('x') } : {}
    const slug = `malformed-${collection}-${Object.keys(values)[0]}`
    expect(await rejection(save(collection, { ...base, slug, ...values }, true))).toMatch(message)
    expect((await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs).toBe(0)
  })

  it('an invalid draft over a published entry changes nothing: not the entry, not its versions', async () => {
    const published = await save('news', { slug: 'dated-news', date: '2026-01-01T00:00:00.000Z', title: 'ข่าว', summary: 'สรุป', body: paragraph('x') })
    const versions = async () => (await payload.countVersions({ collection: 'news', where: { parent: { equals: published.id } } })).totalDocs
    const before = await versions()
    const attempt = payload.update({ collection: 'news', id: published.id, locale: 'th', draft: true, data: { date: 'not-a-date', _status: 'draft' } })
    expect(await rejection(attempt)).toMatch(/date/i)
    expect(await versions()).toBe(before)
    const latest = await payload.findByID({ collection: 'news', id: published.id, draft: true })
    expect(latest.date).toBe('2026-01-01T00:00:00.000Z')
  })
})

describe('references', () => {
  /** The field errors of a save that must be refused as invalid input (400), not fail in the database (500). */
  const invalid = async (work: Promise<unknown>) => {
    const error = (await work.then(
      () => undefined,
      (e: unknown) => e,
    )) as { status?: number; data?: unknown } | undefined
    expect(error?.status, JSON.stringify(error)).toBe(400)
    return JSON.stringify(error?.data)
  }
  // Found by the API fuzz suite: `{"domain": 0}` failed the database's foreign key, a 500, on SQLite.
  it.each([0, -1, 1.5, 999_999, '0', { id: 999_999 }, true, [], [1]])(
    'to an entry that does not exist (%j) are refused with the field named, and nothing is written',
    async (id) => {
      const before = (await payload.count({ collection: 'glossary' })).totalDocs
      expect(await invalid(save('glossary', term(`dangling-${String(id).replace(/\W/g, '')}`, { domain: id })))).toMatch(/domain/)
      expect((await payload.count({ collection: 'glossary' })).totalDocs).toBe(before)
    },
  )

  it('are checked in lists, in polymorphic references and in rows, on create and on update', async () => {
    const city = await save('cities', thaiCity('reference-city'))
    const agreement = (partners: unknown, documents: unknown = []) =>
      createDocument(payload, {
        collection: 'agreements',
        locale: 'th',
        data: { slug: 'reference-agreement', title: 'ความตกลง', kind: 'mou', status: 'in-force', partners, documents, _status: 'published' },
      })
    expect(await invalid(save('glossary', term('dangling-related', { related: [999_999] })))).toMatch(/related/)
    expect(await invalid(agreement([{ relationTo: 'cities', value: 999_999 }]))).toMatch(/partners/)
    expect(await invalid(agreement([{ relationTo: 'cities', value: city.id }], [{ file: 999_999, lang: 'th', visibility: 'public' }]))).toMatch(/documents/)
    const made = await agreement([{ relationTo: 'cities', value: city.id }])
    expect(
      await invalid(
        payload.update({ collection: 'agreements', id: made.id, locale: 'th', data: { partners: [{ relationTo: 'organizations', value: 999_999 }] } }),
      ),
    ).toMatch(/partners/)
    const after = await payload.findByID({ collection: 'agreements', id: made.id, depth: 0 })
    expect(after.partners).toEqual([{ relationTo: 'cities', value: city.id }])
  })
})

describe('repair of what older versions stored', () => {
  it('an export that meets an entry breaking the schema names the entry and the rule', () => {
    const stored = { slug: 'a'.repeat(3000), term: { th: 'คำ' }, definition: { th: 'นิยาม' } }
    expect(() => serializeEntry('glossary', stored)).toThrow(/glossary\/a{60}….json: slug must be at most 100 characters/)
  })

  it('a draft date that is no date (written before drafts were validated) is found and repaired', async () => {
    const { sql } = await import('@payloadcms/db-sqlite')
    const { repairInvalidDates } = await import('../../cms/repair/invalidDates.ts')
    const news = await save('news', { slug: 'corrupt-date', date: '2026-02-01T00:00:00.000Z', title: 'ข่าว', summary: 'สรุป', body: paragraph('x') })
    await payload.update({ collection: 'news', id: news.id, locale: 'th', draft: true, data: { title: 'ร่าง', _status: 'draft' } })
    const db = (payload.db as unknown as { drizzle: Parameters<typeof repairInvalidDates>[0]['db'] }).drizzle
    // What the old code left behind: the newest draft version holds "not-a-date".
    await db.run(sql.raw(`UPDATE "_news_v" SET "version_date" = 'not-a-date' WHERE parent_id = ${news.id} AND latest = 1`))
    const stored = async () =>
      ((await db.all(sql.raw(`SELECT "version_date" AS date FROM "_news_v" WHERE parent_id = ${news.id} AND latest = 1`))) as { date: string }[])[0]!.date
    expect(await stored()).toBe('not-a-date')
    const fixed = await repairInvalidDates({ db, payload })
    expect(fixed.join('\n')).toContain(`news ${news.id}`)
    expect(await stored()).toBe('2026-02-01T00:00:00.000Z')
    const draft = await payload.findByID({ collection: 'news', id: news.id, draft: true, locale: 'th', user: staff.editor })
    expect(draft.date).toBe('2026-02-01T00:00:00.000Z')
    expect(draft.title).toBe('ร่าง')
    expect(await repairInvalidDates({ db, payload })).toEqual([])
  })
})
