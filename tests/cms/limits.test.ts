/**
 * What one request may ask of the CMS, over real HTTP: depth, page size and GraphQL depth and complexity (tighter for
 * anonymous readers), body size and shape (oversize and malformed bodies get 400/413, never 500, and write nothing),
 * locales given as arrays or `all` on a write, and timestamps sent by a client (ignored: the system keeps them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraph } from '../../cms/bundle/richText.ts'
import { openHttpCms, type HttpCms } from '../support/httpCms.ts'

let http: HttpCms
let editor = ''
let firstId = 0
const terms = 12

beforeAll(async () => {
  http = await openHttpCms({ MAX_UPLOAD_BYTES: '2000000' })
  editor = await http.staff('editor@example.org', 'editor')
  for (let i = 0; i < terms; i++) {
    const related = i > 0 ? [firstId + i - 1] : []
    const created = await http.api('/api/glossary?locale=th', {
      method: 'POST',
      token: editor,
      json: { slug: `term-${i}`, term: `คำ ${i}`, definition: paragraph('นิยาม'), related, _status: 'published' },
    })
    if (i === 0) firstId = created.body.doc.id
  }
})

afterAll(async () => {
  await http?.cms.stop()
})

const glossaryCount = async () => (await http.api('/api/glossary?limit=1&depth=0&draft=true', { token: editor })).body.totalDocs as number

describe('reads', () => {
  it('anonymous readers get documents without populated relations by default', async () => {
    const { status, body } = await http.api(`/api/glossary/${firstId + 3}`)
    expect(status).toBe(200)
    expect(body.related).toEqual([firstId + 2])
  })

  it.each(['depth=2', 'depth=100', 'depth=10&limit=100&locale=all'])('anonymous %s is refused with a reason', async (query) => {
    const { status, body } = await http.api(`/api/glossary?${query}`)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/depth.*at most 1/)
  })

  it.each(['limit=0', 'limit=1000', 'pagination=false', 'limit=0&pagination=false&locale=all&depth=3'])('anonymous %s is refused', async (query) => {
    const { status, body } = await http.api(`/api/glossary?${query}`)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/limit|depth/)
  })

  it('anonymous readers page through at most 100 documents at a time', async () => {
    const page = await http.api('/api/glossary?limit=100&depth=1&locale=all')
    expect(page.status).toBe(200)
    expect(page.body.docs).toHaveLength(terms)
  })

  it('staff get more, but not everything at every depth', async () => {
    expect((await http.api('/api/glossary?limit=1000&depth=2', { token: editor })).status).toBe(200)
    expect((await http.api('/api/glossary?limit=0&depth=0', { token: editor })).status).toBe(200)
    expect((await http.api('/api/glossary?depth=100', { token: editor })).status).toBe(400)
    expect((await http.api('/api/glossary?limit=0&depth=2', { token: editor })).status).toBe(400)
  })

  it('GraphQL refuses deep nesting before running it', async () => {
    const query = `{ Glossaries(limit: 100) { docs { ${'related { '.repeat(12)}slug${' }'.repeat(12)} } } }`
    const { body } = await http.api('/api/graphql', { method: 'POST', json: { query } })
    expect(body.data ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/depth limit of \d+ exceeded/i)
  })

  it('GraphQL refuses a query nested deeper than its parser can follow, as a 400', async () => {
    const query = `{ Glossaries { docs { ${'related { '.repeat(5000)}slug${' }'.repeat(5000)} } } }`
    const { status, body } = await http.api('/api/graphql', { method: 'POST', json: { query } })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).not.toMatch(/call stack/i)
  })

  it('GraphQL refuses an over-complex query and pages of more than 100 for the public', async () => {
    const fields = Array.from({ length: 400 }, (_, i) => `a${i}: slug`).join(' ')
    const complex = await http.api('/api/graphql', { method: 'POST', json: { query: `{ Glossaries { docs { ${fields} } } }` } })
    expect(JSON.stringify(complex.body)).toMatch(/complexity|aliases/i)
    const big = await http.api('/api/graphql', { method: 'POST', json: { query: '{ Glossaries(limit: 1000) { docs { slug } } }' } })
    expect(JSON.stringify(big.body)).toMatch(/limit.*at most 100/)
  })
})

describe('request bodies', () => {
  const post = (body: BodyInit, contentType?: string) =>
    http.api('/api/glossary?locale=th', { method: 'POST', token: editor, body, headers: contentType ? { 'Content-Type': contentType } : {} })

  it('a JSON body over the limit is refused with 413 before it is read, and nothing is stored', async () => {
    const before = await glossaryCount()
    const huge = JSON.stringify({ slug: 'huge', term: 'x'.repeat(30_000_000), definition: paragraph('x') })
    const { status, body } = await post(huge, 'application/json')
    expect(status).toBe(413)
    expect(JSON.stringify(body)).toMatch(/at most/)
    expect(await glossaryCount()).toBe(before)
  })

  it('a 60 MB body is refused with 413', async () => {
    expect((await post('x'.repeat(60_000_000), 'application/json')).status).toBe(413)
  })

  it('an upload over MAX_UPLOAD_BYTES is refused with 413', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'ใหญ่' }))
    form.append('file', new Blob([new Uint8Array(3_000_000)], { type: 'image/png' }), 'big.png')
    const { status } = await http.api('/api/media?locale=th', { method: 'POST', token: editor, body: form })
    expect(status).toBe(413)
  })

  it('100,000-deep JSON is refused with 400', async () => {
    const deep = `{"slug":"deep","term":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const { status, body } = await post(deep, 'application/json')
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/nested/)
  })

  it('malformed JSON and a malformed multipart `_payload` are refused with 400 and a reason', async () => {
    const json = await post('{"slug": "broken",', 'application/json')
    expect(json.status).toBe(400)
    expect(JSON.stringify(json.body)).toMatch(/not valid JSON/)
    const form = new FormData()
    form.append('_payload', '{broken')
    const multipart = await post(form)
    expect(multipart.status).toBe(400)
    expect(JSON.stringify(multipart.body)).toMatch(/_payload.*not valid JSON/)
  })
})

describe('values of the wrong shape (found by the API fuzz suite)', () => {
  it('a page past any list (found at 1,000 fuzz runs: its offset overflowed the database) is refused with 400; the last allowed page answers', async () => {
    const huge = await http.api('/api/glossary?page=922337203685477600&depth=0')
    expect(huge.status, JSON.stringify(huge.body)).toBe(400)
    expect(JSON.stringify(huge.body)).toMatch(/page must be a whole number from 1 to 1,000,000/)
    const last = await http.api('/api/glossary?page=1000000&depth=0')
    expect(last.status).toBe(200)
    expect(last.body.docs).toEqual([])
  })

  it.each(['where[slug][equals]=&where[slug][equals]=%5B%5D', 'where[or]=x', 'where[and][0]=x'])(
    'a query operator given the wrong shape (%s) is refused with 400 and the place named',
    async (query) => {
      for (const token of [undefined, editor]) {
        const { status, body } = await http.api(`/api/glossary?${query}`, { token })
        expect(status, JSON.stringify(body)).toBe(400)
        expect(JSON.stringify(body)).toMatch(/where\[/)
      }
    },
  )

  it('operators that take a list still take one, and a plain query still works', async () => {
    const { status, body } = await http.api(`/api/glossary?where[id][in]=${firstId},${firstId + 1}&where[slug][not_equals]=x&depth=0`)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.totalDocs).toBe(2)
    expect((await http.api(`/api/glossary?where[id][in][0]=${firstId}&where[id][in][1]=${firstId + 1}&depth=0`)).body.totalDocs).toBe(2)
  })

  it.each([[[]], ['archived'], [{ a: 1 }], [1]])('a publication state of %j is refused with 400, and nothing changes', async (state) => {
    const before = (await http.api(`/api/glossary/${firstId}?draft=true&depth=0`, { token: editor })).body
    const { status, body } = await http.api(`/api/glossary/${firstId}?locale=th`, { method: 'PATCH', token: editor, json: { _status: state, domain: null } })
    expect(status, JSON.stringify(body)).toBe(400)
    expect((await http.api(`/api/glossary/${firstId}?draft=true&depth=0`, { token: editor })).body).toEqual(before)
  })
})

describe('timestamps', () => {
  it.each([true, 'x', { a: 1 }, [1], '1999-01-01T00:00:00.000Z'])(
    'are the system’s: a createdAt or updatedAt of %j sent by a client is ignored',
    async (value) => {
      const before = Date.now()
      const created = await http.api('/api/glossary?locale=th', {
        method: 'POST',
        token: editor,
        json: {
          slug: `stamped-${JSON.stringify(value).length}-${before}`,
          term: 'ประทับเวลา',
          definition: paragraph('นิยาม'),
          createdAt: value,
          updatedAt: value,
        },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(Date.parse(created.body.doc.createdAt)).toBeGreaterThanOrEqual(before - 1000)
      const changed = await http.api(`/api/glossary/${created.body.doc.id}?locale=th`, {
        method: 'PATCH',
        token: editor,
        json: { updatedAt: value, createdAt: value },
      })
      expect(changed.status).toBe(200)
      expect(changed.body.doc.createdAt).toBe(created.body.doc.createdAt)
      expect(Date.parse(changed.body.doc.updatedAt)).toBeGreaterThanOrEqual(before - 1000)
    },
  )
})

describe('locales', () => {
  it.each(['locale[]=fr', 'locale[0]=fr', 'locale=en&locale=fr', 'fallback-locale=xx', 'locale=all'])(
    'a write with %s is refused and writes nothing',
    async (query) => {
      const { status, body } = await http.api(`/api/glossary/${firstId}?${query}`, { method: 'PATCH', token: editor, json: { term: 'Bonjour' } })
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toMatch(/locale/i)
      const thai = await http.api(`/api/glossary/${firstId}?locale=th`, { token: editor })
      expect(thai.body.term).toBe('คำ 0')
    },
  )

  it('a read with a locale array is refused too', async () => {
    expect((await http.api('/api/glossary?locale[]=fr')).status).toBe(400)
  })
})
