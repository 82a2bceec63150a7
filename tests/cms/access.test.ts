/**
 * The roles table of ARCHITECTURE.md, enforced through the Local API with access control on (overrideAccess: false):
 * every role x collection x operation, internal fields, and translator locales.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTestCms, type Staff } from '../support/localCms.ts'
import { paragraph } from '../../cms/bundle/richText.ts'

let payload: Payload
let staff: Staff
type Role = 'anonymous' | 'translator' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'translator', 'editor', 'admin']
const userOf = (role: Role) => (role === 'anonymous' ? undefined : staff[role])

const sample = {
  glossary: (slug: string) => ({ slug, term: `คำ ${slug}`, definition: paragraph('นิยาม') }),
  cities: (slug: string) => ({ slug, name: `เมือง ${slug}`, country: 'JP', relationship: 'sister-city' as const, summary: 'สรุป', body: paragraph('เนื้อหา') }),
  news: (slug: string) => ({ slug, date: '2026-01-01T00:00:00.000Z', title: `ข่าว ${slug}`, summary: 'สรุป', body: paragraph('เนื้อหา') }),
}
const collections = Object.keys(sample) as (keyof typeof sample)[]

let counter = 0
async function seed(collection: keyof typeof sample, status: 'published' | 'draft' = 'published') {
  const slug = `${collection}-${status}-${++counter}`
  return payload.create({ collection, data: { ...sample[collection](slug), _status: status }, draft: status === 'draft', locale: 'th' })
}

/** Runs an operation as a role and reports whether it was allowed. */
async function allowed(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return false
    throw error
  }
}

beforeAll(async () => {
  ;({ payload, staff } = await openTestCms())
})

const expected: Record<Role, { create: boolean; update: boolean; publish: boolean; delete: boolean; readDrafts: boolean }> = {
  anonymous: { create: false, update: false, publish: false, delete: false, readDrafts: false },
  translator: { create: false, update: true, publish: false, delete: false, readDrafts: true },
  editor: { create: true, update: true, publish: true, delete: true, readDrafts: true },
  admin: { create: true, update: true, publish: true, delete: true, readDrafts: true },
}

describe.each(collections)('%s', (collection) => {
  describe.each(roles)('as %s', (role) => {
    const rights = () => expected[role]
    const opts = () => ({ overrideAccess: false, user: userOf(role) })

    it('create', async () => {
      const slug = `${collection}-create-${role}-${++counter}`
      expect(
        await allowed(() => payload.create({ collection, data: { ...sample[collection](slug), _status: 'draft' }, draft: true, locale: 'th', ...opts() })),
      ).toBe(rights().create)
    })

    it('read: published always, drafts only as staff', async () => {
      const published = await seed(collection)
      const draft = await seed(collection, 'draft')
      const { docs } = await payload.find({ collection, where: { id: { in: [published.id, draft.id] } }, draft: true, ...opts() })
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(published.id)
      expect(ids.includes(draft.id)).toBe(rights().readDrafts)
    })

    it('update (a draft save in an assigned locale)', async () => {
      const doc = await seed(collection)
      const locale = role === 'translator' ? 'en' : 'th'
      const field = collection === 'glossary' ? 'term' : collection === 'cities' ? 'name' : 'title'
      expect(
        await allowed(() =>
          payload.update({ collection, id: doc.id, locale, draft: true, data: { [field]: `updated by ${role}`, _status: 'draft' }, ...opts() }),
        ),
      ).toBe(rights().update)
    })

    it('publish and unpublish', async () => {
      const doc = await seed(collection, 'draft')
      const publish = () => payload.update({ collection, id: doc.id, locale: role === 'translator' ? 'en' : 'th', data: { _status: 'published' }, ...opts() })
      expect(await allowed(publish)).toBe(rights().publish)
      const live = await seed(collection)
      const unpublish = () => payload.update({ collection, id: live.id, locale: 'th', data: { _status: 'draft' }, ...opts() })
      expect(await allowed(unpublish)).toBe(rights().publish)
    })

    it('delete', async () => {
      const doc = await seed(collection)
      expect(await allowed(() => payload.delete({ collection, id: doc.id, ...opts() }))).toBe(rights().delete)
    })
  })
})

describe('translators', () => {
  it('may not write a locale not assigned to them, with a message saying so', async () => {
    const doc = await seed('glossary')
    const attempt = payload.update({
      collection: 'glossary',
      id: doc.id,
      locale: 'ko',
      draft: true,
      data: { term: '용어', _status: 'draft' },
      overrideAccess: false,
      user: staff.translator,
    })
    await expect(attempt).rejects.toThrow(/ภาษาที่ได้รับมอบหมาย \(en, ja\).*"ko"/)
    const thai = payload.update({
      collection: 'glossary',
      id: doc.id,
      locale: 'th',
      draft: true,
      data: { term: 'แก้', _status: 'draft' },
      overrideAccess: false,
      user: staff.translator,
    })
    await expect(thai).rejects.toThrow(/ภาษาที่ได้รับมอบหมาย/)
  })

  it('may not publish, even in their own locale', async () => {
    const doc = await seed('glossary')
    const attempt = payload.update({
      collection: 'glossary',
      id: doc.id,
      locale: 'en',
      data: { term: 'published by translator' },
      overrideAccess: false,
      user: staff.translator,
    })
    await expect(attempt).rejects.toThrow(/บรรณาธิการเป็นผู้เผยแพร่/)
    const published = await payload.findByID({ collection: 'glossary', id: doc.id, locale: 'en', fallbackLocale: false })
    expect(published.term).toBeFalsy()
  })

  it('cannot change language-neutral fields such as the slug: the change is refused with a message', async () => {
    const doc = await seed('glossary')
    const attempt = payload.update({
      collection: 'glossary',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { slug: 'hijacked', term: 'term', _status: 'draft' },
      overrideAccess: false,
      user: staff.translator,
    })
    await expect(attempt).rejects.toThrow(/ข้อมูลที่ใช้ร่วมกันทุกภาษาด้วย \(slug\)/)
    const latest = await payload.findByID({ collection: 'glossary', id: doc.id, draft: true })
    expect(latest.slug).toBe(doc.slug)
  })
})

describe('internal fields', () => {
  it('are stripped for anonymous readers and kept for staff', async () => {
    const city = await payload.create({
      collection: 'cities',
      locale: 'th',
      data: {
        ...sample.cities('internal-city'),
        _status: 'published' as const,
        internalNotes: 'SECRET-NOTE',
        internalContacts: [{ name: 'SECRET-PERSON', email: 'p@example.org' }],
        internalAgreements: [{ title: 'SECRET-AGREEMENT' }],
        agreements: [{ title: 'Public agreement' }],
      },
    })
    const term = await payload.create({
      collection: 'glossary',
      locale: 'th',
      data: { ...sample.glossary('internal-term'), _status: 'published', internalNote: 'SECRET-TERM-NOTE', reviewStatus: 'in-review' },
    })

    const publicCity = JSON.stringify(await payload.findByID({ collection: 'cities', id: city.id, overrideAccess: false }))
    const publicTerm = JSON.stringify(await payload.findByID({ collection: 'glossary', id: term.id, overrideAccess: false }))
    for (const secret of ['SECRET-NOTE', 'SECRET-PERSON', 'p@example.org', 'SECRET-AGREEMENT']) expect(publicCity).not.toContain(secret)
    expect(publicCity).toContain('Public agreement')
    expect(publicTerm).not.toContain('SECRET-TERM-NOTE')
    expect(publicTerm).not.toContain('in-review')

    for (const role of ['translator', 'editor', 'admin'] as const) {
      const seen = JSON.stringify(await payload.findByID({ collection: 'cities', id: city.id, overrideAccess: false, user: staff[role] }))
      expect(seen).toContain('SECRET-PERSON')
      expect(seen).toContain('SECRET-AGREEMENT')
    }
  })
})

describe('users', () => {
  it('only admins create users or change roles', async () => {
    const data = { email: 'new-editor@example.org', password: 'Another-strong-99-pass', role: 'editor' as const }
    expect(await allowed(() => payload.create({ collection: 'users', data: data, overrideAccess: false, user: staff.editor }))).toBe(false)
    expect(await allowed(() => payload.create({ collection: 'users', data: data, overrideAccess: false, user: staff.admin }))).toBe(true)
    const promote = payload.update({
      collection: 'users',
      id: staff.translator.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: staff.translator,
    })
    await expect(promote).rejects.toThrow(/เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยน role/)
    const translator = await payload.findByID({ collection: 'users', id: staff.translator.id })
    expect(translator.role).toBe('translator')
  })

  it('staff cannot read other users; anonymous cannot read users at all', async () => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: staff.editor })
    expect(docs.map((doc) => doc.email)).toEqual(['editor@example.org'])
    expect(await allowed(() => payload.find({ collection: 'users', overrideAccess: false }))).toBe(false)
  })
})
