/**
 * The roles table on every write path over real HTTP: version restore, `_status` with and without `draft`,
 * `publishSpecificLocale`, locale `all`, bulk updates, GraphQL mutations; a translator's change to a
 * language-neutral field is refused with a message; only admins issue API keys, and a read-only key cannot write.
 * Every change of what the public sees (restore, unpublish, bulk) queues a deploy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraph } from '../../cms/bundle/richText.ts'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'

let http: HttpCms
let editor = ''
let translator = ''
let adminToken = ''
let counter = 0

const cityData = (slug: string) => ({
  slug,
  name: 'ฟุกุโอกะ',
  country: 'JP',
  relationship: 'sister-city',
  summary: 'สรุป',
  body: paragraph('เนื้อหา'),
  nativeName: { lang: 'ja', value: '福岡' },
  contact: { url: 'https://www.city.fukuoka.lg.jp/' },
  agreements: [{ title: 'ข้อตกลง', date: '1989' }],
  activities: [{ date: '2020-01-01', text: 'เยือน' }],
})

async function publishedCity() {
  const slug = `city-${++counter}`
  const { body } = await http.api('/api/cities?locale=th', { method: 'POST', token: editor, json: { ...cityData(slug), _status: 'published' } })
  return body.doc as { id: number; slug: string; agreements: { id: string }[]; activities: { id: string }[] }
}
const read = async (id: number, locale = 'th', draft = true) =>
  (await http.api(`/api/cities/${id}?locale=${locale}&draft=${draft}&depth=0&fallback-locale=none`, { token: editor })).body
const deployChanges = async () => {
  const { body } = await http.api('/api/deploys?limit=100&depth=0', { token: editor })
  return (body.docs as { changes?: { collection: string; slug?: string; action: string }[] }[]).flatMap((d) => d.changes ?? [])
}
const queuedFor = async (slug: string, action: string) => (await deployChanges()).some((c) => c.slug === slug && c.action === action)

beforeAll(async () => {
  http = await openHttpCms()
  adminToken = await http.login(admin)
  editor = await http.staff('editor@example.org', 'editor')
  translator = await http.staff('translator@example.org', 'translator', { translatorLocales: ['en', 'ja'] })
})

afterAll(async () => {
  await http?.cms.stop()
})

describe('translators', () => {
  it('may save a draft of their own locale, translating the text of agreements and activities', async () => {
    const city = await publishedCity()
    const { status, body } = await http.api(`/api/cities/${city.id}?locale=en&draft=true`, {
      method: 'PATCH',
      token: translator,
      json: {
        name: 'Fukuoka',
        agreements: [{ id: city.agreements[0]!.id, title: 'Agreement', date: '1989' }],
        activities: [{ id: city.activities[0]!.id, date: '2020-01-01', text: 'Visit' }],
        _status: 'draft',
      },
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect((await read(city.id, 'en')).agreements[0].title).toBe('Agreement')
  })

  it.each([
    ['nativeName', { nativeName: { lang: 'ja', value: 'ハイジャック' } }],
    ['contact.url', { contact: { url: 'https://evil.example/' } }],
    ['agreements', { agreements: [] }],
    ['activities', { activities: [{ date: '1999-01-01', text: 'x' }] }],
    ['slug', { slug: 'hijacked' }],
    ['country', { country: 'FR' }],
  ])('changing the language-neutral %s is refused with a message, and nothing changes', async (field, change) => {
    const city = await publishedCity()
    const before = await read(city.id)
    const { status, body } = await http.api(`/api/cities/${city.id}?locale=en&draft=true`, {
      method: 'PATCH',
      token: translator,
      json: { name: 'Fukuoka', ...change, _status: 'draft' },
    })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toContain(field)
    expect(JSON.stringify(body)).toMatch(/ข้อมูลที่ใช้ร่วมกันทุกภาษา/)
    expect(await read(city.id)).toEqual(before)
  })

  it('may not unpublish by saving `_status: draft` without draft=true', async () => {
    const city = await publishedCity()
    const { status } = await http.api(`/api/cities/${city.id}?locale=ja`, { method: 'PATCH', token: translator, json: { _status: 'draft' } })
    expect(status).toBe(403)
    expect((await http.api(`/api/cities/${city.id}`)).status).toBe(200)
  })

  it.each(['publishSpecificLocale=ja', 'publishSpecificLocale=th', 'draft=true&publishAllLocales=true'])('may not publish with %s', async (query) => {
    const city = await publishedCity()
    const { status } = await http.api(`/api/cities/${city.id}?locale=ja&${query}`, {
      method: 'PATCH',
      token: translator,
      json: { name: '福岡市', _status: 'draft' },
    })
    expect(status).toBe(403)
    expect((await http.api(`/api/cities/${city.id}?locale=ja&fallback-locale=none`)).body.name ?? null).not.toBe('福岡市')
  })

  it('may not restore a version (a version holds every locale)', async () => {
    const city = await publishedCity()
    await http.api(`/api/cities/${city.id}?locale=th`, { method: 'PATCH', token: editor, json: { name: 'ชื่อใหม่' } })
    const { body } = await http.api(`/api/cities/versions?where[parent][equals]=${city.id}&sort=createdAt&depth=0`, { token: editor })
    const first = body.docs[0].id
    for (const query of ['', '?draft=true']) {
      const restore = await http.api(`/api/cities/versions/${first}${query}`, { method: 'POST', token: translator })
      expect(restore.status).toBe(403)
    }
    expect((await read(city.id, 'th', false)).name).toBe('ชื่อใหม่')
  })

  it('may not write `locale=all`, nor bulk-update into another locale or publish', async () => {
    const city = await publishedCity()
    expect((await http.api(`/api/cities/${city.id}?locale=all&draft=true`, { method: 'PATCH', token: translator, json: { _status: 'draft' } })).status).toBe(
      400,
    )
    const bulk = await http.api(`/api/cities?where[slug][equals]=${city.slug}&locale=th&draft=true`, {
      method: 'PATCH',
      token: translator,
      json: { name: 'แก้ทั้งหมด', _status: 'draft' },
    })
    expect(bulk.status).toBe(403)
    const bulkNeutral = await http.api(`/api/cities?where[slug][equals]=${city.slug}&locale=en&draft=true`, {
      method: 'PATCH',
      token: translator,
      json: { country: 'FR', _status: 'draft' },
    })
    expect(bulkNeutral.status).toBe(403)
    expect((await read(city.id)).country).toBe('JP')
  })

  it('GraphQL mutations follow the same rules', async () => {
    const city = await publishedCity()
    const mutation = (args: string) =>
      http.api('/api/graphql', { method: 'POST', token: translator, json: { query: `mutation { updateCity(id: ${city.id}, ${args}) { id } }` } })
    const neutral = await mutation('locale: en, draft: true, data: { country: "FR" }')
    expect(JSON.stringify(neutral.body)).toMatch(/ข้อมูลที่ใช้ร่วมกันทุกภาษา/)
    const unpublish = await mutation('locale: ja, data: { _status: draft }')
    expect(unpublish.body.data?.updateCity ?? null).toBeNull()
    const otherLocale = await mutation('locale: th, draft: true, data: { name: "x" }')
    expect(otherLocale.body.data?.updateCity ?? null).toBeNull()
    expect(await read(city.id)).toMatchObject({ country: 'JP', name: 'ฟุกุโอกะ', _status: 'published' })
  })
})

describe('every change of what the public sees queues a deploy', () => {
  it('an unpublish by `_status: draft` without draft=true', async () => {
    const city = await publishedCity()
    expect((await http.api(`/api/cities/${city.id}?locale=th`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })).status).toBe(200)
    expect((await http.api(`/api/cities/${city.id}`)).status).not.toBe(200)
    expect(await queuedFor(city.slug, 'unpublish')).toBe(true)
  })

  it('a restore of a published version', async () => {
    const city = await publishedCity()
    await http.api(`/api/cities/${city.id}?locale=th`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })
    const { body } = await http.api(`/api/cities/versions?where[parent][equals]=${city.id}&where[version._status][equals]=published&depth=0`, {
      token: editor,
    })
    const restore = await http.api(`/api/cities/versions/${body.docs[0].id}`, { method: 'POST', token: editor })
    expect(restore.status).toBe(200)
    expect((await http.api(`/api/cities/${city.id}`)).status).toBe(200)
    expect(await queuedFor(city.slug, 'publish')).toBe(true)
  })

  it('a bulk unpublish and publish with `where`', async () => {
    const city = await publishedCity()
    const where = `where[slug][equals]=${city.slug}&locale=th`
    expect((await http.api(`/api/cities?${where}`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })).status).toBe(200)
    expect(await queuedFor(city.slug, 'unpublish')).toBe(true)
    expect((await http.api(`/api/cities?${where}`, { method: 'PATCH', token: editor, json: { _status: 'published' } })).status).toBe(200)
    expect(await queuedFor(city.slug, 'publish')).toBe(true)
  })
})

describe('API keys', () => {
  it('staff cannot issue themselves a key; a refused change says so', async () => {
    const me = (await http.api('/api/users/me', { token: editor })).body.user
    const { status, body } = await http.api(`/api/users/${me.id}`, {
      method: 'PATCH',
      token: editor,
      json: { enableAPIKey: true, apiKey: '00000000-1111-2222-3333-444444444444' },
    })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toMatch(/เฉพาะผู้ดูแลระบบ/)
    const listed = await http.api('/api/glossary', { headers: { Authorization: 'users API-Key 00000000-1111-2222-3333-444444444444' } })
    expect(JSON.stringify(listed.body)).not.toMatch(/"user"/)
    const role = await http.api(`/api/users/${me.id}`, { method: 'PATCH', token: editor, json: { role: 'admin' } })
    expect(role.status).toBe(403)
    expect((await http.api('/api/users/me', { token: editor })).body.user.role).toBe('editor')
  })

  it('an admin issues read-only keys: they read as their user, and cannot write', async () => {
    const email = 'reader-key@example.org'
    const created = await http.api('/api/users', {
      method: 'POST',
      token: adminToken,
      json: { email, password: 'Zebra-Quantum-Harbor-7781', role: 'editor', enableAPIKey: true, apiKey: 'aaaaaaaa-1111-2222-3333-444444444444' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.apiKeyAccess).toBe('read')
    const key = { Authorization: 'users API-Key aaaaaaaa-1111-2222-3333-444444444444' }
    const drafts = await http.api('/api/cities?draft=true&limit=1&depth=0', { headers: key })
    expect(drafts.status).toBe(200)
    const write = await http.api('/api/glossary?locale=th', {
      method: 'POST',
      headers: { ...key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: 'by-key', term: 'คีย์', definition: paragraph('x'), _status: 'published' }),
    })
    expect(write.status).toBe(403)
    expect(JSON.stringify(write.body)).toMatch(/read-only/)
    await http.api(`/api/users/${created.body.doc.id}`, { method: 'PATCH', token: adminToken, json: { apiKeyAccess: 'read-write' } })
    const allowed = await http.api('/api/glossary?locale=th', {
      method: 'POST',
      headers: { ...key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: 'by-key', term: 'คีย์', definition: paragraph('x'), _status: 'published' }),
    })
    expect(allowed.status).toBe(201)
  })
})
