/**
 * The translation workflow through the Local API on a real SQLite database: every language's status on every save
 * (missing, stale after a Thai edit, current again once saved), field by field with list rows kept by id, the
 * translator's work list limited to their languages, coverage counts, and the backfill of entries saved before.
 */
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, describe, expect, it } from 'vitest'
import { backfillTranslationState } from '../../cms/translations/backfill.ts'
import { coverage, worklist } from '../../cms/translations/worklist.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { openTestCms, type Staff } from '../support/localCms.ts'
import { thaiCity } from '../support/entries.ts'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  ;({ payload, staff } = await openTestCms())
})

const statuses = (doc: Record<string, unknown>) => ({ en: doc.translationEn, zh: doc.translationZh, ja: doc.translationJa, ko: doc.translationKo })
/** The newest version, as staff read it (only staff read drafts). */
const read = async (collection: 'glossary' | 'agreements', id: number | string) =>
  (await payload.findByID({ collection, id, draft: true, depth: 0, user: staff.editor })) as unknown as Record<string, unknown>

async function term(slug: string) {
  return payload.create({
    collection: 'glossary',
    locale: 'th',
    data: { slug, term: `คำ ${slug}`, definition: paragraph('ความหมายเดิม'), _status: 'published' },
  })
}

const translate = (id: number | string, locale: string, data: Record<string, unknown>, user = staff.translator) =>
  payload.update({
    collection: 'glossary',
    id,
    locale: locale as 'en',
    draft: true,
    data: { ...data, _status: 'draft' },
    user: user,
    overrideAccess: false,
  })

describe('status per language', () => {
  it('a new entry is missing in every other language', async () => {
    const doc = await term('new-entry')
    expect(statuses(await read('glossary', doc.id))).toEqual({ en: 'missing', zh: 'missing', ja: 'missing', ko: 'missing' })
  })

  it('a translation saved in full is current; one field short is still missing', async () => {
    const doc = await term('translated')
    await translate(doc.id, 'en', { term: 'Translated term', definition: paragraph('The meaning') })
    await translate(doc.id, 'ja', { term: '訳語' })
    expect(statuses(await read('glossary', doc.id))).toMatchObject({ en: 'current', ja: 'missing', zh: 'missing' })
  })

  it('a Thai edit makes the translations of that field stale, and saving the translation again makes it current', async () => {
    const doc = await term('stale-after-thai')
    await translate(doc.id, 'en', { term: 'Term', definition: paragraph('Old meaning') })
    await payload.update({
      collection: 'glossary',
      id: doc.id,
      locale: 'th',
      data: { definition: paragraph('ความหมายใหม่ที่แก้ไขแล้ว') },
      user: staff.editor,
    })
    const stale = await read('glossary', doc.id)
    expect(stale.translationEn).toBe('stale')
    const state = (stale.translation as { en: { sources: Record<string, string> } }).en
    expect(Object.keys(state.sources).sort()).toEqual(['definition', 'term'])
    await translate(doc.id, 'en', { definition: paragraph('New meaning') })
    expect((await read('glossary', doc.id)).translationEn).toBe('current')
  })

  it('a Thai save that changes no translated text leaves translations current', async () => {
    const doc = await term('neutral-change')
    await translate(doc.id, 'en', { term: 'Term', definition: paragraph('Meaning') })
    await payload.update({ collection: 'glossary', id: doc.id, locale: 'th', data: { romanization: 'kham' }, user: staff.editor })
    expect((await read('glossary', doc.id)).translationEn).toBe('current')
  })

  it('list rows are followed by id: reordering rows keeps their translations current', async () => {
    const partner = await payload.create({
      collection: 'cities',
      locale: 'th',
      data: { ...thaiCity('partner'), _status: 'published' },
    })
    const agreement = await payload.create({
      collection: 'agreements',
      locale: 'th',
      data: {
        slug: 'signed',
        title: 'ความตกลง',
        kind: 'mou',
        status: 'in-force',
        partners: [{ relationTo: 'cities', value: partner.id }],
        signatories: [{ name: 'คนที่หนึ่ง' }, { name: 'คนที่สอง' }],
        visibility: 'public',
        _status: 'published',
      },
    })
    const rows = agreement.signatories!
    await payload.update({
      collection: 'agreements',
      id: agreement.id,
      locale: 'en',
      draft: true,
      data: {
        title: 'Agreement',
        signatories: [
          { id: rows[0]!.id, name: 'First' },
          { id: rows[1]!.id, name: 'Second' },
        ],
        _status: 'draft',
      },
      user: staff.translator,
      overrideAccess: false,
    })
    expect((await read('agreements', agreement.id)).translationEn).toBe('current')
    await payload.update({
      collection: 'agreements',
      id: agreement.id,
      locale: 'th',
      draft: true,
      data: { signatories: [rows[1]!, rows[0]!], _status: 'draft' },
    })
    expect((await read('agreements', agreement.id)).translationEn).toBe('current')
    await payload.update({
      collection: 'agreements',
      id: agreement.id,
      locale: 'th',
      draft: true,
      data: { signatories: [{ ...rows[1]!, name: 'คนที่สอง (แก้ชื่อ)' }, rows[0]!], _status: 'draft' },
    })
    expect((await read('agreements', agreement.id)).translationEn).toBe('stale')
  })

  it('clients cannot write the workflow fields themselves', async () => {
    const doc = await term('forged')
    await translate(doc.id, 'en', { term: 'Forged', translationEn: 'reviewed', translationJa: 'current', translation: { ja: { sources: {} } } })
    expect(statuses(await read('glossary', doc.id))).toMatchObject({ en: 'missing', ja: 'missing' })
  })

  it('the public never reads the workflow fields', async () => {
    const doc = await term('public-read')
    const anonymous = (await payload.findByID({ collection: 'glossary', id: doc.id, overrideAccess: false })) as unknown as Record<string, unknown>
    expect(anonymous.translation).toBeUndefined()
    expect(anonymous.translationEn).toBeUndefined()
  })
})

describe('work list and coverage', () => {
  it("a translator's list holds only their languages' missing and stale entries, oldest first, with counts", async () => {
    const { items, counts } = await worklist(payload, staff.translator, ['en', 'ja'])
    expect(new Set(items.map((i) => i.locale))).toEqual(new Set(['en', 'ja']))
    expect(items.every((i) => i.status === 'missing' || i.status === 'stale')).toBe(true)
    const times = items.map((i) => i.updatedAt)
    expect([...times].sort()).toEqual(times)
    let missingJa = 0
    for (const collection of ['glossary', 'agreements', 'cities'] as const)
      missingJa += (await payload.find({ collection, where: { translationJa: { equals: 'missing' } }, draft: true, limit: 1, user: staff.editor })).totalDocs
    expect(counts.ja.missing).toBe(missingJa)
    expect(items.filter((i) => i.locale === 'en' && i.collection === 'glossary').map((i) => i.title)).not.toContain('คำ translated')
  })

  it('coverage counts every entry once per language', async () => {
    const { totals, cells } = await coverage(payload, staff.editor)
    const entries = (await payload.count({ collection: 'glossary' })).totalDocs
    const glossary = cells.en.glossary
    expect(glossary.missing + glossary.stale + glossary.current + glossary.reviewed).toBe(entries)
    expect(totals.ko.missing).toBeGreaterThanOrEqual(entries)
  })
})

describe('backfill', () => {
  it('entries saved before the workflow get a state once: their translations are taken as current', async () => {
    const doc = await term('saved-before')
    await translate(doc.id, 'en', { term: 'Before', definition: paragraph('Before') })
    // As a database from before the workflow (its migration adds empty columns): no state, no statuses.
    const db = payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }
    const columns = ['translation', 'translation_en', 'translation_zh', 'translation_ja', 'translation_ko']
    await db.drizzle.run(sql.raw(`UPDATE glossary SET ${columns.map((c) => `${c} = NULL`).join(', ')} WHERE id = ${Number(doc.id)}`))
    await db.drizzle.run(sql.raw(`UPDATE _glossary_v SET ${columns.map((c) => `version_${c} = NULL`).join(', ')} WHERE parent_id = ${Number(doc.id)}`))
    expect((await read('glossary', doc.id)).translationEn).toBeNull()
    expect(await backfillTranslationState(payload)).toBeGreaterThanOrEqual(1)
    expect(statuses(await read('glossary', doc.id))).toMatchObject({ en: 'current', ja: 'missing' })
    expect(await backfillTranslationState(payload)).toBe(0)
  })
})
