/**
 * Property tests over the REST API (fast-check), against a real CMS over HTTP: random and hostile query strings and
 * bodies, anonymous and as staff, never give a 500, never change anything when refused, and never show an anonymous
 * reader a draft or a staff-only field.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraph } from '../../cms/bundle/richText.ts'
import { openHttpCms, type HttpCms } from '../support/httpCms.ts'

let http: HttpCms
let editor = ''
let publishedId = 0
const secret = 'STAFF-ONLY-7f3a'
const draftText = 'DRAFT-ONLY-91c2'
const runs = Number(process.env.FUZZ_RUNS ?? 60)

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e309',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '{"a":',
    '../../etc/passwd',
    'javascript:alert(1)',
    "'; DROP TABLE glossary;--",
  ),
  fc.constantFrom('all', 'th', 'fr', 'zh-TW', '%00', '\u0000', '💥'.repeat(50), 'a'.repeat(5000)),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.json(),
)
const param = fc.constantFrom(
  'depth',
  'limit',
  'page',
  'locale',
  'fallback-locale',
  'draft',
  'pagination',
  'sort',
  'select[slug]',
  'select',
  'populate',
  'joins',
  'trash',
  'where',
  'where[slug][equals]',
  'where[or][0][term][like]',
  'where[internalNote][exists]',
  'where[_status][equals]',
  'locale[]',
  'where[id][in][]',
)
const query = fc.array(fc.tuple(param, hostile), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString())
const collection = fc.constantFrom('glossary', 'cities', 'news', 'media', 'users', 'deploys')

/** Everything staff can see of the content: the measure of "nothing changed". */
async function state(): Promise<string> {
  const parts = await Promise.all(
    ['glossary', 'cities', 'news', 'media', 'users'].map((c) => http.api(`/api/${c}?draft=true&limit=1000&depth=0&locale=all&sort=id`, { token: editor })),
  )
  const versions = await http.api('/api/glossary/versions?limit=1000&depth=0&sort=id', { token: editor })
  return JSON.stringify([...parts.map((p) => p.body.docs), versions.body.totalDocs])
}

beforeAll(async () => {
  http = await openHttpCms()
  editor = await http.staff('editor@example.org', 'editor')
  const created = await http.api('/api/glossary?locale=th', {
    method: 'POST',
    token: editor,
    json: { slug: 'public-term', term: 'คำสาธารณะ', definition: paragraph('นิยาม'), internalNote: secret, _status: 'published' },
  })
  publishedId = created.body.doc.id
  await http.api(`/api/glossary/${publishedId}?locale=th&draft=true`, { method: 'PATCH', token: editor, json: { term: draftText, _status: 'draft' } })
  await http.api('/api/glossary?locale=th&draft=true', { method: 'POST', token: editor, json: { slug: 'draft-term', term: draftText, _status: 'draft' } })
}, 300_000)

afterAll(async () => {
  await http?.cms.stop()
})

describe('anonymous reads', () => {
  it('any query: no 500, no draft, no staff-only field', async () => {
    await fc.assert(
      fc.asyncProperty(collection, fc.option(fc.constantFrom('', `/${publishedId}`, '/versions', '/1e9', '/abc', '/me')), query, async (c, tail, q) => {
        const { status, body } = await http.api(`/api/${c}${tail ?? ''}?${q}`)
        expect(status, `${c}${tail ?? ''}?${q}: ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500)
        const text = JSON.stringify(body)
        expect(text).not.toContain(secret)
        expect(text).not.toContain(draftText)
      }),
      { numRuns: runs },
    )
  })

  it('GraphQL: random selections and arguments, no 500 and no leak', async () => {
    const field = fc.constantFrom('slug', 'term', 'internalNote', 'reviewStatus', '_status', 'related { slug internalNote }', 'definition')
    const arg = fc.constantFrom(
      '',
      '(limit: 5)',
      '(limit: -1)',
      '(limit: 100000)',
      '(draft: true)',
      '(locale: all)',
      '(where: { internalNote: { exists: true } })',
      '(page: 0)',
    )
    await fc.assert(
      fc.asyncProperty(arg, fc.array(field, { minLength: 1, maxLength: 5 }), async (a, fields) => {
        const { status, body } = await http.api('/api/graphql', { method: 'POST', json: { query: `{ Glossaries${a} { docs { ${fields.join(' ')} } } }` } })
        expect(status).toBeLessThan(500)
        expect(JSON.stringify(body)).not.toContain(secret)
        expect(JSON.stringify(body)).not.toContain(draftText)
      }),
      { numRuns: runs },
    )
  })
})

describe('writes', () => {
  const body = fc.oneof(
    fc.json(),
    fc
      .dictionary(
        fc.constantFrom('slug', 'term', 'definition', 'related', 'sources', 'domain', '_status', 'internalNote', 'id', 'createdAt', 'aliases'),
        fc.jsonValue(),
        {
          maxKeys: 6,
        },
      )
      .map((data) => JSON.stringify(data)),
    fc.constantFrom(
      '{"slug":',
      '[]',
      'null',
      '"text"',
      '{"term":{"th":"x"}}',
      '{"definition":{"root":"x"}}',
      '{"definition":{"root":{"children":[{"type":"nope"}]}}}',
    ),
  )

  it('anonymous writes of any shape are refused and change nothing', async () => {
    const before = await state()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'PATCH', 'DELETE'),
        fc.constantFrom('/api/glossary', `/api/glossary/${publishedId}`, '/api/users'),
        body,
        async (method, path, b) => {
          const { status } = await http.api(`${path}?locale=th`, { method, body: b, headers: { 'Content-Type': 'application/json' } })
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
        },
      ),
      { numRuns: runs },
    )
    expect(await state()).toBe(before)
  })

  it('an editor’s malformed writes never give a 500, and a refused one changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('POST', 'PATCH'), fc.constantFrom('', '&draft=true'), body, async (method, draft, b) => {
        const path = method === 'POST' ? '/api/glossary' : `/api/glossary/${publishedId}`
        const before = await state()
        const { status, body: answer } = await http.api(`${path}?locale=th${draft}`, {
          method,
          token: editor,
          body: b,
          headers: { 'Content-Type': 'application/json' },
        })
        expect(status, `${method} ${b.slice(0, 200)}: ${JSON.stringify(answer).slice(0, 300)}`).toBeLessThan(500)
        if (status >= 400) expect(await state()).toBe(before)
        else if (method === 'POST') await http.api(`/api/glossary/${answer.doc.id}`, { method: 'DELETE', token: editor })
      }),
      { numRuns: Math.ceil(runs / 2) },
    )
  })
})
