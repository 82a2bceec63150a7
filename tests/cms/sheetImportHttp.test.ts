/**
 * The spreadsheet import over real HTTP (`next start` on 127.0.0.1): POST /api/import-sheet refuses every role but
 * editors and admins, cookie-authenticated requests from another origin, oversized bodies and bad parameters, itself
 * (whatever CSRF protection the CMS has besides); the admin page /admin/import checks a file in Chromium, shows every
 * problem, and imports only a file that checked clean.
 */
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { csv, xlsx } from '../support/sheets.ts'

let cms: RunningCms
let browser: Browser
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const people = {
  editor: { email: 'editor@example.org', password: 'Chao-Phraya-River-88', role: 'editor' },
  translator: { email: 'translator@example.org', password: 'Lumphini-Park-2026', role: 'translator', translatorLocales: ['en'] },
  reader: { email: 'reader@example.org', password: 'Bang-Kachao-Green-9', role: 'bma-reader' },
}
const tokens: Record<string, string> = {}
let editorCookie = ''

const organizations = (slug: string, extra: string[][] = []) =>
  csv([['slug', 'name_th', 'name_ja', 'kind', 'summary_th'], [slug, 'องค์การทดสอบ', 'テスト機構', 'international-organization', 'องค์การระหว่างประเทศ'], ...extra])

/** What the endpoint answers. */
interface Answer {
  mode?: string
  errors?: { message: string }[]
  rows?: { sheet: string; row: number; slug: string; action: string }[]
  summary?: { created: number; updated: number; unchanged: number }
  problems?: { sheet: string; row?: number; column?: string; header?: string; reason: string }[]
}

async function post(query: string, body: Uint8Array, headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}/api/import-sheet?${query}`, { method: 'POST', headers, body: new Blob([new Uint8Array(body)]) })
  const json = (response.headers.get('content-type')?.includes('json') ? await response.json() : {}) as Answer
  return { status: response.status, json }
}

/**
 * The status answered to 21 MB sent in 1 MB chunks, announced by Content-Length or streamed, on a connection of its
 * own (the server answers before the body is read, and the connection is not reused).
 */
function oversized(headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(cms.url)
    const request = httpRequest(
      { hostname, port, agent: false, method: 'POST', path: '/api/import-sheet?name=organizations.csv', headers: { ...fromTheAdmin(), ...headers } },
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
      while (sent < 21 && !request.destroyed) {
        sent++
        if (!request.write(chunk)) return request.once('drain', send)
      }
      if (!request.destroyed) request.end()
    }
    send()
  })
}

/** An editor's request as the admin page sends it: the session cookie, from the CMS's own origin. */
const fromTheAdmin = () => ({ Cookie: editorCookie, Origin: cms.url })
const count = async (slug: string) => {
  const response = await fetch(`${cms.url}/api/organizations?where[slug][equals]=${slug}&draft=true`, { headers: { Authorization: `JWT ${tokens.admin}` } })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

beforeAll(async () => {
  cms = await startCms({
    quiet: true,
    env: {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bma-sheet-http-')),
      SEED_CONTENT: 'false',
      JOB_RUNNER: 'off',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
  })
  const login = async ({ email, password }: { email: string; password: string }) => {
    const response = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    return { token: ((await response.json()) as { token: string }).token, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' }
  }
  tokens.admin = (await login(admin)).token
  for (const [name, person] of Object.entries(people)) {
    const created = await fetch(`${cms.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify(person),
    })
    if (created.status !== 201) throw new Error(`setup: ${await created.text()}`)
    const session = await login(person)
    tokens[name] = session.token
    if (name === 'editor') editorCookie = session.cookie
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
})

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('POST /api/import-sheet', () => {
  it('refuses anonymous requests, translators and BMA readers', async () => {
    expect((await post('name=organizations.csv&mode=import', organizations('by-nobody'))).status).toBe(401)
    for (const role of ['translator', 'reader']) {
      const answer = await post('name=organizations.csv&mode=import', organizations(`by-${role}`), { Authorization: `JWT ${tokens[role]}` })
      expect(answer.status).toBe(403)
      expect(answer.json.errors?.[0]?.message).toBe('Only editors and admins may import spreadsheets.')
    }
    expect(await count('by-nobody')).toBe(0)
    expect(await count('by-translator')).toBe(0)
    expect(await count('by-reader')).toBe(0)
  })

  it('refuses a signed-in editor’s cookie sent from another origin, or with no origin at all', async () => {
    const foreign = await post('name=organizations.csv&mode=import', organizations('cross-site'), { Cookie: editorCookie, Origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    expect(foreign.json.errors?.[0]?.message).toContain('comes from http://evil.example, not from this CMS')
    expect((await post('name=organizations.csv&mode=import', organizations('cross-site'), { Cookie: editorCookie })).status).toBe(403)
    const tokenFromElsewhere = await post('name=organizations.csv&mode=import', organizations('cross-site'), {
      Authorization: `JWT ${tokens.editor}`,
      Origin: 'http://evil.example',
    })
    expect(tokenFromElsewhere.status).toBe(403)
    expect(await count('cross-site')).toBe(0)
  })

  it('checks without writing, then imports, for an editor on the CMS’s own pages', async () => {
    const checked = await post('name=organizations.csv', organizations('by-editor'), fromTheAdmin())
    expect(checked.status).toBe(200)
    expect(checked.json).toMatchObject({ mode: 'check', rows: [{ sheet: 'organizations.csv', row: 2, slug: 'by-editor', action: 'create' }] })
    expect(await count('by-editor')).toBe(0)
    const imported = await post('name=organizations.csv&mode=import', organizations('by-editor'), fromTheAdmin())
    expect(imported.status).toBe(200)
    expect(imported.json.summary).toMatchObject({ created: 1 })
    expect(await count('by-editor')).toBe(1)
    // A script with a token needs no Origin.
    const again = await post('name=organizations.csv&mode=import', organizations('by-editor'), { Authorization: `JWT ${tokens.editor}` })
    expect(again.json.summary).toMatchObject({ created: 0, unchanged: 1 })
  })

  it('answers 422 with every problem, by row and column, and writes nothing', async () => {
    const bad = organizations('bad-rows', [['bad-rows', '', '条約機構', 'treaty', '']])
    const answer = await post('name=organizations.csv&mode=import', bad, fromTheAdmin())
    expect(answer.status).toBe(422)
    expect(answer.json.problems).toEqual(
      expect.arrayContaining([{ sheet: 'organizations.csv', row: 3, column: 'A', header: 'slug', reason: 'repeats "bad-rows" of row 2: one row per entry' }]),
    )
    const xlsxAnswer = await post(
      'name=book.xlsx&mode=import',
      await xlsx({
        organizations: [
          ['slug', 'name_ja', 'kind'],
          ['bad-book', '条約機構', 'treaty'],
        ],
      }),
      fromTheAdmin(),
    )
    expect(xlsxAnswer.status).toBe(422)
    expect(xlsxAnswer.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'book.xlsx › organizations', row: 2, column: 'C', header: 'kind' }),
        expect.objectContaining({ sheet: 'book.xlsx › organizations', row: 2, header: 'name_th', reason: 'is required (the sheet has no column name_th)' }),
      ]),
    )
    expect(await count('bad-rows')).toBe(0)
    expect(await count('bad-book')).toBe(0)
  })

  it('refuses a body larger than a spreadsheet may be, announced or streamed, with 413', async () => {
    expect(await oversized({ 'Content-Length': '21000000' })).toBe(413)
    expect(await oversized({ 'Transfer-Encoding': 'chunked' })).toBe(413)
  })

  it('refuses bad parameters with 400, and other methods without a server error', async () => {
    expect((await post('mode=check', organizations('x'), fromTheAdmin())).status).toBe(400)
    expect((await post('name=a.csv&mode=delete-everything', organizations('x'), fromTheAdmin())).status).toBe(400)
    expect((await post('name=a.csv&collection=users', organizations('x'), fromTheAdmin())).status).toBe(400)
    const get = await fetch(`${cms.url}/api/import-sheet`, { headers: { Authorization: `JWT ${tokens.editor}` } })
    expect(get.status).toBeGreaterThanOrEqual(400)
    expect(get.status).toBeLessThan(500)
  })
})

describe('the admin page', () => {
  const signIn = async (person: { email: string; password: string }, locale: string) => {
    const tab = await browser.newPage({ locale })
    await tab.goto(`${cms.url}/admin/login`)
    await tab.fill('input[name="email"]', person.email)
    await tab.fill('input[name="password"]', person.password)
    await tab.click('button[type="submit"]')
    await tab.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    return tab
  }

  it('is linked from the agreements list, checks a file, lists its problems, and imports only a clean file', async () => {
    const tab = await signIn(people.editor, 'en-GB')
    await tab.goto(`${cms.url}/admin/collections/agreements`)
    await tab.getByRole('link', { name: 'Import from a spreadsheet' }).click()
    await tab.getByRole('heading', { name: 'Import from a spreadsheet' }).waitFor({ timeout: 60_000 })
    expect(tab.url()).toMatch(/\/admin\/import\?collection=agreements$/)
    const dir = mkdtempSync(join(tmpdir(), 'bma-sheet-ui-'))
    const bad = join(dir, 'organizations.csv')
    await writeFile(bad, organizations('from-the-form', [['from-the-form', 'ซ้ำ', '', 'other', 'ซ้ำ']]))
    await tab.selectOption('select[name="collection"]', '')
    await tab.setInputFiles('input[type="file"]', bad)
    await tab.getByRole('button', { name: 'Check' }).click()
    await tab.getByText('1 problem: nothing was imported.').waitFor({ timeout: 60_000 })
    expect(await tab.getByRole('cell', { name: 'repeats "from-the-form" of row 2: one row per entry' }).count()).toBe(1)
    expect(await tab.getByRole('button', { name: /^Import/ }).count()).toBe(0)

    const good = join(dir, 'organizations-good.csv')
    await writeFile(good, organizations('from-the-form'))
    await tab.setInputFiles('input[type="file"]', good)
    await tab.getByRole('button', { name: 'Check' }).click()
    await tab.getByText('No problems. 1 to create, 0 to update, 0 unchanged.').waitFor({ timeout: 60_000 })
    expect(await count('from-the-form')).toBe(0)
    await tab.getByRole('button', { name: 'Import 1 row' }).click()
    await tab.getByText('Imported: 1 created, 0 updated, 0 unchanged.').waitFor({ timeout: 60_000 })
    expect(await count('from-the-form')).toBe(1)
    await tab.close()
  })

  it('speaks Thai to a Thai admin, and tells a translator it is for editors', async () => {
    const thai = await signIn(people.editor, 'th-TH')
    await thai.goto(`${cms.url}/admin/import`)
    await thai.getByRole('heading', { name: 'นำเข้าข้อมูลจากตาราง (สเปรดชีต)' }).waitFor({ timeout: 60_000 })
    await thai.close()
    const translator = await signIn(people.translator, 'en-GB')
    await translator.goto(`${cms.url}/admin/import`)
    await translator.getByText('Only editors and admins may import spreadsheets.').waitFor({ timeout: 60_000 })
    expect(await translator.locator('input[type="file"]').count()).toBe(0)
    await translator.close()
  })
})
