/**
 * The CMS as the public and staff meet it: a real `next start` on 127.0.0.1, real HTTP (REST and GraphQL),
 * anonymous requests, sign-in hardening.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import type { Json } from '../support/json.ts'

let cms: RunningCms
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const editor = { email: 'editor@example.org', password: 'Chao-Phraya-River-88' }
let editorToken = ''

/** An English-speaking API client: messages come in the request's language (Thai when it asks for none). */
async function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', 'en')
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${cms.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text()
  return { status: response.status, body, headers: response.headers }
}

async function login({ email, password }: { email: string; password: string }) {
  const { status, body, headers } = await api('/api/users/login', { method: 'POST', json: { email, password } })
  return { status, token: (body as { token?: string }).token ?? '', body, headers }
}

beforeAll(async () => {
  cms = await startCms({
    quiet: true,
    env: {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bma-rest-')),
      SEED_CONTENT: 'false',
      JOB_RUNNER: 'off',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
  })
  const { token } = await login(admin)
  await api('/api/users', { method: 'POST', token, json: { ...editor, role: 'editor' } })
  editorToken = (await login(editor)).token
  const term = (slug: string, status: string, extra = {}) =>
    api(`/api/glossary?locale=th${status === 'draft' ? '&draft=true' : ''}`, {
      method: 'POST',
      token: editorToken,
      json: { slug, term: `คำ ${slug}`, definition: paragraph('นิยาม'), _status: status, internalNote: 'SECRET-NOTE', ...extra },
    })
  await term('published-term', 'published')
  await term('draft-term', 'draft')
  const withDraft = await term('published-with-newer-draft', 'published')
  if (withDraft.status !== 201) throw new Error(`setup failed: ${JSON.stringify(withDraft.body)}`)
  await api(`/api/glossary/${(withDraft.body as Json).doc.id}?locale=th&draft=true`, {
    method: 'PATCH',
    token: editorToken,
    json: { term: 'DRAFT-TEXT', _status: 'draft' },
  })
})

afterAll(async () => {
  await cms?.stop()
})

describe('anonymous REST', () => {
  it('lists published documents only, without internal fields', async () => {
    const { status, body } = await api('/api/glossary?limit=100')
    expect(status).toBe(200)
    const slugs = (body as Json).docs.map((d: Json) => d.slug).sort()
    expect(slugs).toEqual(['published-term', 'published-with-newer-draft'])
    expect(JSON.stringify(body)).not.toContain('SECRET-NOTE')
  })

  it('cannot see drafts by asking for them, and a newer draft hides nothing published', async () => {
    const { body } = await api('/api/glossary?draft=true&limit=100')
    const docs = (body as Json).docs
    expect(docs.map((d: Json) => d.slug).sort()).toEqual(['published-term', 'published-with-newer-draft'])
    expect(JSON.stringify(docs)).not.toContain('DRAFT-TEXT')
  })

  it('cannot write', async () => {
    const created = await api('/api/glossary', { method: 'POST', json: { slug: 'anon', term: 'x', definition: paragraph('x') } })
    expect(created.status).toBe(403)
    const { body } = await api('/api/glossary?limit=1')
    const deleted = await api(`/api/glossary/${(body as Json).docs[0].id}`, { method: 'DELETE' })
    expect(deleted.status).toBe(403)
  })

  it('cannot read users', async () => {
    expect((await api('/api/users')).status).toBe(403)
  })

  it('GraphQL refuses internal fields and drafts too', async () => {
    const query = (q: string) => api('/api/graphql', { method: 'POST', json: { query: q } })
    const listed = await query('{ Glossaries(limit: 100) { docs { slug } } }')
    expect((listed.body as Json).data.Glossaries.docs.map((d: Json) => d.slug).sort()).toEqual(['published-term', 'published-with-newer-draft'])
    const secret = await query('{ Glossaries { docs { slug internalNote } } }')
    expect(JSON.stringify(secret.body)).not.toContain('SECRET-NOTE')
  })
})

describe('staff over REST', () => {
  it('editors see drafts and internal fields', async () => {
    const { body } = await api('/api/glossary?draft=true&limit=100', { token: editorToken })
    expect((body as Json).docs.map((d: Json) => d.slug).sort()).toEqual(['draft-term', 'published-term', 'published-with-newer-draft'])
    expect(JSON.stringify(body)).toContain('SECRET-NOTE')
  })

  it('a duplicate slug is refused with a clear error', async () => {
    const { status, body } = await api('/api/glossary?locale=th', {
      method: 'POST',
      token: editorToken,
      json: { slug: 'published-term', term: 'ซ้ำ', definition: paragraph('ซ้ำ'), _status: 'published' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/slug/)
  })

  it('an unknown locale is refused, never taken for Thai', async () => {
    const { body } = await api('/api/glossary?limit=1', { token: editorToken })
    const id = (body as Json).docs[0].id
    const write = await api(`/api/glossary/${id}?locale=fr`, { method: 'PATCH', token: editorToken, json: { term: 'Bonjour' } })
    expect(write.status).toBe(400)
    expect((write.body as Json).errors[0].message).toContain('Unknown locale "fr"')
    expect((await api('/api/glossary?locale=xx')).status).toBe(400)
    const thai = await api(`/api/glossary/${id}?locale=th`, { token: editorToken })
    expect((thai.body as Json).term).not.toBe('Bonjour')
  })

  it('an entry created in a language other than Thai is refused', async () => {
    const { status, body } = await api('/api/glossary?locale=en', {
      method: 'POST',
      token: editorToken,
      json: { slug: 'english-first', term: 'English first', definition: paragraph('x') },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('Create entries in Thai')
  })
})

describe('deploys', () => {
  it('are visible to staff only, and only admins may deploy by hand', async () => {
    expect((await api('/api/deploys')).status).toBe(403)
    expect((await api('/api/deploys', { token: editorToken })).status).toBe(200)
    expect((await api('/api/deploys/now', { method: 'POST' })).status).toBe(403)
    expect((await api('/api/deploys/now', { method: 'POST', token: editorToken })).status).toBe(403)
    expect((await api('/api/deploys', { method: 'POST', token: (await login(admin)).token, json: { title: 'hand-made', state: 'live' } })).status).toBe(403)
    expect((await api('/api/deploys/now', { method: 'POST', token: (await login(admin)).token })).status).toBe(202)
  })
})

describe('sign-in hardening', () => {
  it('refuses weak passwords', async () => {
    const { token } = await login(admin)
    const weak = await api('/api/users', { method: 'POST', token, json: { email: 'weak@example.org', password: 'password', role: 'editor' } })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('at least 12 characters')
    const guessable = await api('/api/users', { method: 'POST', token, json: { email: 'weak@example.org', password: 'Password1234', role: 'editor' } })
    expect(guessable.status).toBe(400)
    expect(JSON.stringify(guessable.body)).toContain('too easy to guess')
  })

  it('sets an HTTP-only, SameSite session cookie', async () => {
    const { headers } = await login(editor)
    const cookie = headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('never locks an account: five wrong passwords from one client leave the owner free to sign in from another (see signIn.test.ts)', async () => {
    const { token } = await login(admin)
    const victim = { email: 'victim@example.org', password: 'Lumphini-Park-1925' }
    await api('/api/users', { method: 'POST', token, json: { ...victim, role: 'translator' } })
    for (let i = 0; i < 5; i++) expect((await login({ ...victim, password: `wrong-${i}` })).status).toBe(401)
    const locked = await login(victim)
    expect(locked.status).toBe(429)
    expect(JSON.stringify(locked.body)).not.toMatch(/locked/i)
  })
})

describe('the admin language', () => {
  it('speaks Thai to a client that asks for no language, English to one that asks for it', async () => {
    const json = { slug: 'english-first', term: 'English first', definition: paragraph('x') }
    const thai = await api('/api/glossary?locale=en', { method: 'POST', token: editorToken, json, headers: { 'Accept-Language': '*' } })
    expect(JSON.stringify(thai.body)).toContain('สร้างรายการเป็นภาษาไทยก่อน')
    const english = await api('/api/glossary?locale=en', { method: 'POST', token: editorToken, json, headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    expect(JSON.stringify(english.body)).toContain('Create entries in Thai')
  })

  it("is the account's: Thai for a new account at sign-in, English once the user chooses it, and only for themselves", async () => {
    const first = await login(editor)
    expect(first.headers.get('set-cookie')).toMatch(/payload-lng=th;/)
    const me = (first.body as { user: { id: number; language: string } }).user
    expect(me.language).toBe('th')
    const changed = await api(`/api/users/${me.id}`, { method: 'PATCH', token: first.token, json: { language: 'en' } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('set-cookie')).toMatch(/payload-lng=en;/)
    expect((await login(editor)).headers.get('set-cookie')).toMatch(/payload-lng=en;/)
    // An admin changing someone else's language does not change the admin's own.
    const { token } = await login(admin)
    const other = await api(`/api/users/${me.id}`, { method: 'PATCH', token, json: { language: 'th' } })
    expect(other.headers.get('set-cookie') ?? '').not.toMatch(/payload-lng/)
  })
})
