/**
 * The public-read cache (cms/http/publicReads.ts) over real HTTP: anonymous reads of public collections are answered
 * from memory with caching headers and the same security headers as any answer, a client holding the answer gets
 * 304, staff answers are never stored or served to anyone else, and a publish shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'

let http: HttpCms
let editor = ''
let termId = 0
const list = '/api/glossary?locale=th&depth=0&limit=100&sort=slug'

const term = (slug: string, text: string, status: 'published' | 'draft') => ({
  slug,
  term: text,
  definition: `นิยามของ ${text}`,
  _status: status,
})
const slugsIn = (body: unknown) => ((body as { docs: { slug: string }[] }).docs ?? []).map((d) => d.slug)

beforeAll(async () => {
  http = await openHttpCms()
  await http.login(admin)
  editor = await http.staff('editor@public-reads.example.org', 'editor')
  const created = await http.api('/api/glossary?locale=th', { method: 'POST', token: editor, json: term('cached-term', 'คำที่เก็บไว้', 'published') })
  expect(created.status).toBe(201)
  termId = created.body.doc.id
  const draft = await http.api('/api/glossary?locale=th&draft=true', { method: 'POST', token: editor, json: term('draft-term', 'คำร่าง', 'draft') })
  expect(draft.status).toBe(201)
}, 600_000)

afterAll(async () => {
  await http?.cms.stop()
})

describe('anonymous reads', () => {
  it('are answered from memory with caching headers and every security header', async () => {
    const first = await http.api(list)
    const second = await http.api(list)
    expect(first.status).toBe(200)
    expect(second.body).toEqual(first.body)
    for (const { headers } of [first, second]) {
      expect(headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
      expect(headers.get('etag')).toMatch(/^W\/"/)
      expect(headers.get('vary')).toMatch(/Authorization/)
      expect(headers.get('content-type')).toMatch(/application\/json/)
      expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
      expect(headers.get('x-frame-options')).toBe('DENY')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    // Each answer carries a nonce of its own, cached or not.
    expect(second.headers.get('content-security-policy')).not.toBe(first.headers.get('content-security-policy'))
  })

  it('answer 304 with no body to a client that holds the same answer', async () => {
    const { headers } = await http.api(list)
    const again = await http.api(list, { headers: { 'If-None-Match': headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    const stale = await http.api(list, { headers: { 'If-None-Match': 'W/"something-else"' } })
    expect(stale.status).toBe(200)
  })

  it('never see what staff read at the same address', async () => {
    const staff = await http.api(`${list}&draft=true`, { token: editor })
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(slugsIn(staff.body)).toContain('draft-term')
    const anonymous = await http.api(`${list}&draft=true`)
    expect(slugsIn(anonymous.body)).not.toContain('draft-term')
    expect(slugsIn(anonymous.body)).toContain('cached-term')
  })

  it('show a publish at once, not after the cache’s lifetime', async () => {
    const before = await http.api(`/api/glossary/${termId}?locale=th&depth=0`)
    expect(before.body.term).toBe('คำที่เก็บไว้')
    await http.api(`/api/glossary/${termId}?locale=th&depth=0`)
    const changed = await http.api(`/api/glossary/${termId}?locale=th`, { method: 'PATCH', token: editor, json: { term: 'คำที่แก้แล้ว', _status: 'published' } })
    expect(changed.status).toBe(200)
    expect((await http.api(`/api/glossary/${termId}?locale=th&depth=0`)).body.term).toBe('คำที่แก้แล้ว')
    expect(slugsIn((await http.api(list)).body)).toContain('cached-term')
  })
})
