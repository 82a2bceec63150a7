/** Five locales with Thai as default and fallback; slugs (and former slugs); the Thai-first rule. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTestCms } from '../support/localCms.ts'
import { rejection } from '../support/rejection.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { thaiCity } from '../support/entries.ts'

let payload: Payload
const term = (slug: string, text = 'เมืองพี่เมืองน้อง') => ({ slug, term: text, definition: paragraph('นิยาม'), _status: 'published' as const })

beforeAll(async () => {
  ;({ payload } = await openTestCms())
})

describe('locales', () => {
  it('a missing translation falls back to Thai; a present one is used', async () => {
    const doc = await payload.create({ collection: 'glossary', locale: 'th', data: term('fallback-term') })
    await payload.update({ collection: 'glossary', id: doc.id, locale: 'ja', data: { term: '姉妹都市' } })
    expect((await payload.findByID({ collection: 'glossary', id: doc.id, locale: 'ja' })).term).toBe('姉妹都市')
    expect((await payload.findByID({ collection: 'glossary', id: doc.id, locale: 'ko' })).term).toBe('เมืองพี่เมืองน้อง')
    expect((await payload.findByID({ collection: 'glossary', id: doc.id, locale: 'ko', fallbackLocale: false })).term).toBeFalsy()
  })

  it('entries are created in Thai first', async () => {
    expect(await rejection(payload.create({ collection: 'glossary', locale: 'en', data: term('english-first', 'sister city') }))).toMatch(
      /สร้างรายการเป็นภาษาไทยก่อน/,
    )
  })

  it('Thai text is required; other languages are optional', async () => {
    expect(await rejection(payload.create({ collection: 'glossary', locale: 'th', data: { ...term('no-thai'), term: '' } }))).toMatch(/ช่องนี้ต้องกรอกเป็นภาษาไทย/)
    const doc = await payload.create({ collection: 'glossary', locale: 'th', data: term('thai-only') })
    await expect(payload.update({ collection: 'glossary', id: doc.id, locale: 'en', data: { romanization: 'x' } })).resolves.toBeTruthy()
  })
})

describe('slugs', () => {
  it.each(['Sister City', 'sister_city', 'เมือง', '-leading', 'trailing-', 'double--hyphen'])('refuse %j', async (slug) => {
    expect(await rejection(payload.create({ collection: 'glossary', locale: 'th', data: term(slug) }))).toMatch(/คำภาษาอังกฤษตัวพิมพ์เล็ก คั่นด้วยขีด/)
  })

  it('are unique within a collection', async () => {
    await payload.create({ collection: 'glossary', locale: 'th', data: term('unique-term') })
    await expect(payload.create({ collection: 'glossary', locale: 'th', data: term('unique-term') })).rejects.toThrow(/slug/i)
  })

  it('remember what an entry was called, so its old URLs can redirect', async () => {
    const doc = await payload.create({
      collection: 'cities',
      locale: 'th',
      data: { ...thaiCity('old-name'), _status: 'published' },
    })
    const rename = async (slug: string) => (await payload.update({ collection: 'cities', id: doc.id, data: { slug } })).previousSlugs
    expect(await rename('new-name')).toEqual(['old-name'])
    expect(await rename('newer-name')).toEqual(['old-name', 'new-name'])
    // Taken back: the slug is current again, not a former one.
    expect(await rename('old-name')).toEqual(['new-name', 'newer-name'])
    // Other edits keep the list.
    expect((await payload.update({ collection: 'cities', id: doc.id, locale: 'en', data: { name: 'City' } })).previousSlugs).toEqual(['new-name', 'newer-name'])
  })
})

describe('drafts', () => {
  it('are invisible to anonymous readers, in every locale', async () => {
    const draft = await payload.create({ collection: 'glossary', locale: 'th', draft: true, data: { ...term('draft-only'), _status: 'draft' } })
    for (const locale of ['th', 'en', 'zh', 'ja', 'ko'] as const) {
      const { docs } = await payload.find({ collection: 'glossary', locale, overrideAccess: false, where: { id: { equals: draft.id } } })
      expect(docs).toEqual([])
    }
  })
})
