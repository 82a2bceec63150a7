/**
 * Visibility over real HTTP (the Local API's matrix is in visibility.test.ts): every role x every visibility through
 * REST and GraphQL, for lists, counts, reads by id, filters on hidden fields, population at depth, versions, drafts,
 * and the files of an agreement’s documents and an internal image’s resized sizes, downloaded by URL.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsBundle } from '../support/localCms.ts'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'
import type { Json } from '../support/json.ts'
import { accountRole, isOfficeStaff, levels, reads, roles, type Level, type Role } from '../support/visibilityRoles.ts'
import { thaiCity } from '../support/entries.ts'

const emailOf = (role: Role) => `${role}@visibility-http.example.org`

let http: HttpCms
const tokens = new Map<Role, string | undefined>()
const ids = new Map<Level, number>()
const files: Partial<Record<'public' | 'office' | 'restricted', { id: number; url: string }>> = {}
const file = (visibility: 'public' | 'office' | 'restricted') => files[visibility]!
let draftActivity = 0
/** An office-only photo: its file and the URLs of its resized sizes. */
let internalImage: { url: string; sizes: string[] } | undefined

const as = (role: Role) => tokens.get(role)
const graphql = async (role: Role, query: string) =>
  (await http.api('/api/graphql', { method: 'POST', token: as(role), json: { query } })).body as { data?: Json; errors?: unknown[] }

beforeAll(async () => {
  http = await openHttpCms()
  const adminToken = await http.login(admin)
  tokens.set('admin', adminToken)
  tokens.set('anonymous', undefined)
  for (const role of roles.filter((r) => r !== 'anonymous' && r !== 'admin')) {
    const actual = accountRole(role)
    tokens.set(role, await http.staff(emailOf(role), actual, actual === 'translator' ? { translatorLocales: ['en'] } : {}))
  }
  const post = async (path: string, json: unknown) => {
    const { status, body } = await http.api(path, { method: 'POST', token: adminToken, json })
    if (status !== 201) throw new Error(`${path}: ${status} ${JSON.stringify(body)}`)
    return body.doc as { id: number; url?: string }
  }
  const city = await post('/api/cities?locale=th', { ...thaiCity('visibility-http-city'), _status: 'published' })
  const pdf = await readFile(join(cmsBundle, 'media/docs/mou.pdf'))
  for (const visibility of ['public', 'office', 'restricted'] as const) {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: `เอกสาร ${visibility}`, visibility }))
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `http-${visibility}.pdf`)
    const { status, body } = await http.api('/api/media?locale=th', { method: 'POST', token: adminToken, body: form })
    if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(body)}`)
    files[visibility] = { id: body.doc.id, url: body.doc.url }
  }
  const photo = new FormData()
  photo.append('_payload', JSON.stringify({ alt: 'ภาพภายใน', visibility: 'office' }))
  const jpeg = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer()
  photo.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'http-internal-photo.jpg')
  const uploaded = await http.api('/api/media?locale=th', { method: 'POST', token: adminToken, body: photo })
  if (uploaded.status !== 201) throw new Error(`photo upload: ${uploaded.status} ${JSON.stringify(uploaded.body)}`)
  const sizes = Object.values(uploaded.body.doc.sizes as Record<string, { url?: string | null }>).flatMap((size) => (size.url ? [size.url] : []))
  expect(sizes).toHaveLength(3)
  internalImage = { url: uploaded.body.doc.url, sizes }
  for (const level of levels) {
    const agreement = await post('/api/agreements?locale=th', {
      slug: `http-agreement-${level}`,
      title: `ความตกลง ${level}`,
      kind: 'mou',
      status: 'in-force',
      partners: [{ relationTo: 'cities', value: city.id }],
      visibility: level,
      readers: level === 'restricted' ? [emailOf('named-editor'), emailOf('named-bma-reader')] : [],
      councilApproval: `COUNCIL-${level}`,
      internalNotes: `NOTE-${level}`,
      documents: [
        { file: file('public').id, lang: 'th', visibility: 'public' },
        { file: file('office').id, lang: 'en', visibility: 'office' },
        ...(level === 'restricted' ? [{ file: file('restricted').id, lang: 'ja', visibility: 'restricted' }] : []),
      ],
      _status: 'published',
    })
    ids.set(level, agreement.id)
  }
  await post('/api/activities?locale=th', {
    slug: 'http-activity-under-restricted',
    title: 'กิจกรรม',
    kind: 'meeting',
    start: '2026-01-15',
    partners: [{ relationTo: 'cities', value: city.id }],
    agreement: ids.get('restricted'),
    visibility: 'public',
    _status: 'published',
  })
  const draft = await http.api('/api/activities?locale=th&draft=true', {
    method: 'POST',
    token: adminToken,
    json: { slug: 'http-draft', title: 'ร่าง', kind: 'meeting', start: '2026-02-01', partners: [{ relationTo: 'cities', value: city.id }], _status: 'draft' },
  })
  draftActivity = draft.body.doc.id
}, 600_000)

afterAll(async () => {
  await http?.cms.stop()
})

describe.each(roles)('as %s', (role) => {
  const expected = reads[role]
  const slugs = (list: Level[]) => list.map((l) => `http-agreement-${l}`).sort()

  it('REST lists, counts and reads by id exactly the agreements it may read', async () => {
    const list = await http.api('/api/agreements?limit=100&depth=0', { token: as(role) })
    expect(list.status).toBe(200)
    expect((list.body.docs as { slug: string }[]).map((d) => d.slug).sort()).toEqual(slugs(expected))
    expect((await http.api('/api/agreements/count', { token: as(role) })).body.totalDocs).toBe(expected.length)
    for (const level of levels) {
      const { status } = await http.api(`/api/agreements/${ids.get(level)}?depth=0`, { token: as(role) })
      expect(status === 200, `${level}: ${status}`).toBe(expected.includes(level))
      if (status !== 200) expect([403, 404]).toContain(status)
    }
  })

  it('GraphQL lists, counts and reads by id exactly the agreements it may read', async () => {
    const { data } = await graphql(role, '{ Agreements(limit: 100) { totalDocs docs { slug } } }')
    const agreements = data?.Agreements as { totalDocs: number; docs: { slug: string }[] }
    expect(agreements.docs.map((d) => d.slug).sort()).toEqual(slugs(expected))
    expect(agreements.totalDocs).toBe(expected.length)
    for (const level of levels) {
      const answer = await graphql(role, `{ Agreement(id: ${ids.get(level)}) { slug } }`)
      expect(Boolean((answer.data?.Agreement as { slug?: string } | null)?.slug), level).toBe(expected.includes(level))
    }
  })

  it('learns nothing from a REST or GraphQL filter on a field it may not read', async () => {
    const rest = async (query: string) => {
      const { status, body } = await http.api(`/api/agreements?where[slug][equals]=http-agreement-public&${query}&depth=0`, { token: as(role) })
      return status === 200 ? (body.docs as { slug: string }[]).map((d) => d.slug).join() : `refused ${status}`
    }
    const gql = async (where: string) => {
      const { data, errors } = await graphql(role, `{ Agreements(where: { slug: { equals: "http-agreement-public" }, ${where} }) { docs { slug } } }`)
      return errors ? 'refused' : (data?.Agreements as { docs: { slug: string }[] }).docs.map((d) => d.slug).join()
    }
    const pairs: [() => Promise<string>, () => Promise<string>][] = [
      [() => rest('where[internalNotes][like]=NOTE-pub'), () => rest('where[internalNotes][like]=NOTE-wrong')],
      [() => rest('where[councilApproval][equals]=COUNCIL-public'), () => rest('where[councilApproval][equals]=COUNCIL-wrong')],
      [() => gql('internalNotes: { like: "NOTE-pub" }'), () => gql('internalNotes: { like: "NOTE-wrong" }')],
    ]
    for (const [guess, wrong] of pairs) {
      const [a, b] = [await guess(), await wrong()]
      if (isOfficeStaff(role)) expect(a).toBe('http-agreement-public')
      else expect(a).toBe(b)
    }
  })

  it('sees staff-only fields through REST and GraphQL only as office staff', async () => {
    const rest = JSON.stringify((await http.api('/api/agreements?limit=100&depth=0', { token: as(role) })).body)
    const { data } = await graphql(role, '{ Agreements(limit: 100) { docs { internalNotes councilApproval readers } } }')
    for (const text of [rest, JSON.stringify(data ?? {})]) {
      for (const secret of ['NOTE-', 'COUNCIL-']) expect(text.includes(secret), secret).toBe(isOfficeStaff(role))
      expect(text.includes(emailOf('named-editor'))).toBe(isOfficeStaff(role) && expected.includes('restricted'))
    }
  })

  it('downloads a document’s file only when it may read the document', async () => {
    const may = { public: true, office: expected.includes('office'), restricted: expected.includes('restricted') }
    for (const [visibility, allowed] of Object.entries(may) as [keyof typeof may, boolean][]) {
      const { status } = await http.api(new URL(file(visibility).url, http.cms.url).pathname, { token: as(role) })
      expect(status === 200, `${visibility}: ${status}`).toBe(allowed)
    }
    const { body } = await http.api(`/api/agreements/${ids.get('restricted')}?depth=0`, { token: as(role) })
    const held = ((body.documents ?? []) as { file: number }[]).map((d) => d.file)
    expect(held.includes(file('restricted').id)).toBe(expected.includes('restricted'))
  })

  it('downloads an internal image and each of its resized sizes only as one who may read it', async () => {
    for (const url of [internalImage!.url, ...internalImage!.sizes]) {
      const { status } = await http.api(new URL(url, http.cms.url).pathname, { token: as(role) })
      expect(status === 200, `${url}: ${status}`).toBe(expected.includes('office'))
    }
  })

  it('does not reveal the restricted agreement through an activity at depth, in REST or GraphQL', async () => {
    const { body } = await http.api('/api/activities?where[slug][equals]=http-activity-under-restricted&depth=1', { token: as(role) })
    const agreement = (body.docs as { agreement: unknown }[])[0]!.agreement
    expect(typeof agreement === 'object' && agreement !== null).toBe(expected.includes('restricted'))
    const { data } = await graphql(role, '{ Activities(where: { slug: { equals: "http-activity-under-restricted" } }) { docs { agreement { slug } } } }')
    const populated = (data?.Activities as { docs: { agreement: { slug: string } | null }[] }).docs[0]!.agreement
    expect(populated?.slug === 'http-agreement-restricted').toBe(expected.includes('restricted'))
  })

  it('reads versions and drafts only as office staff', async () => {
    const versions = await http.api('/api/agreements/versions?limit=100&depth=0', { token: as(role) })
    const versionSlugs = versions.status === 200 ? [...new Set((versions.body.docs as { version: { slug: string } }[]).map((v) => v.version.slug))].sort() : []
    expect(versionSlugs).toEqual(isOfficeStaff(role) ? slugs(expected) : [])
    const draft = await http.api(`/api/activities/${draftActivity}?draft=true&depth=0`, { token: as(role) })
    expect(draft.status === 200).toBe(isOfficeStaff(role))
    const { data } = await graphql(role, `{ Activity(id: ${draftActivity}, draft: true) { slug } }`)
    expect(Boolean((data?.Activity as { slug?: string } | null)?.slug)).toBe(isOfficeStaff(role))
  })
})
