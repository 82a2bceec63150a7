/**
 * The spreadsheet import page in Chromium against a real CMS (`next start`, SQLite, the CMS suites' bundle), signed
 * in as Thai staff: linked from the agreements list, it checks a workbook of Thai, Chinese and Japanese cells, lists
 * every problem by sheet, row and column in Thai (a cell's markup shown as text, never run), offers no import until
 * a file checks clean, then imports it; its column list names each field and choice as the edit view does. A
 * translator is told the page is for editors; an English account gets it in English. Screenshots go to
 * $TMPDIR/bma-sheet-import-shots.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'
import { csv, xlsx } from '../support/sheets.ts'
import { untranslated } from '../support/untranslated.ts'

let http: HttpCms
let browser: Browser
let adminToken = ''
const shots = join(tmpdir(), 'bma-sheet-import-shots')
const files = mkdtempSync(join(tmpdir(), 'bma-sheet-files-'))
const password = 'Chao-Phraya-River-88-Dawn'
const people = {
  editor: { email: 'somchai@bangkok.example', role: 'editor' },
  translator: { email: 'malee@bangkok.example', role: 'translator', translatorLocales: ['en'] },
  english: { email: 'james@bangkok.example', role: 'editor', language: 'en' },
}
const count = async (collection: string, slug: string) =>
  (await http.api(`/api/${collection}?where[slug][equals]=${slug}&draft=true&depth=0`, { token: adminToken })).body.totalDocs as number

async function signedIn(email: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'th-TH', viewport: { width: 1400, height: 1000 } })
  await page.goto(`${http.cms.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}

/** A workbook with every kind of mistake the office's old sheets hold, in the office's languages. */
const badBook = () =>
  xlsx({
    organizations: [
      ['slug', 'name_th', 'name_zh', 'name_ja', 'kind', 'summary_th'],
      ['citynet', 'ซิตี้เน็ต', '城市网', 'シティネット', 'city-network', 'เครือข่ายเมืองในเอเชียแปซิฟิก'],
    ],
    agreements: [
      ['slug', 'title_th', 'title_ja', 'kind', 'partners', 'status', 'signed', 'expires'],
      ['bangkok-fukuoka-mou', 'บันทึกความเข้าใจ', '覚書', '協定', 'cities/fukuoka; organizations/citynet', 'in-force', '2549-11-01', '2020'],
      ['bangkok-osaka', '', '大阪協定', 'mou', 'cities/osaka', 'in-force', '2010', '2009'],
      ['bangkok-fukuoka-mou', 'ซ้ำ', '', '<img src=x onerror="window.__leaked=1">', 'glossary/sister-city', 'signed', '', ''],
    ],
  })

const goodCsv = () =>
  csv([
    ['slug', 'title_th', 'title_en', 'title_zh', 'title_ja', 'title_ko', 'kind', 'partners', 'status', 'signed'],
    [
      'bangkok-fukuoka-mou',
      'บันทึกความเข้าใจกรุงเทพมหานคร–ฟุกุโอกะ',
      'Bangkok–Fukuoka MOU',
      '曼谷—福冈谅解备忘录',
      'バンコク・福岡覚書',
      '방콕-후쿠오카 양해각서',
      'mou',
      'cities/fukuoka',
      'in-force',
      '2006-11-01',
    ],
    [
      'bangkok-fukuoka-friendship',
      'ความสัมพันธ์ฉันมิตรกรุงเทพฯ–ฟุกุโอกะ',
      'Friendship agreement',
      '友好协议',
      '友好協定',
      '우호 협정',
      'friendship',
      'cities/fukuoka',
      'in-force',
      '2006',
    ],
  ])

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  http = await openHttpCms({ SEED_CONTENT: 'true', CONTENT_DIR: 'tests/fixtures/cms-bundle' })
  adminToken = await http.login(admin)
  for (const person of Object.values(people)) {
    const created = await http.api('/api/users', { method: 'POST', token: adminToken, json: { ...person, password } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
  await writeFile(join(files, 'ความตกลงเดิม.xlsx'), await badBook())
  await writeFile(join(files, 'agreements.csv'), goodCsv())
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await browser?.close()
  await http?.cms.stop()
})

describe('the import page, in Thai', () => {
  it('is linked from the agreements list and lists the columns as the edit view names the fields and choices', async () => {
    const page = await signedIn(people.editor.email)
    await page.goto(`${http.cms.url}/admin/collections/agreements`)
    await page.getByRole('link', { name: 'นำเข้าจากไฟล์ตาราง (Excel หรือ CSV)' }).click()
    await page.getByRole('heading', { name: 'นำเข้าจากไฟล์ตาราง (Excel หรือ CSV)' }).waitFor({ timeout: 60_000 })
    expect(page.url()).toMatch(/\/admin\/import\?collection=agreements$/)
    // The collection the list was opened from: chosen for a CSV file, and its columns shown.
    expect(await page.locator('select[name="collection"]').inputValue()).toBe('agreements')
    const agreements = page.locator('details[open]')
    expect(await agreements.locator('summary').innerText()).toMatch(/agreements/)
    const row = (header: string) => agreements.locator('tr', { has: page.locator(`code:text-is("${header}")`) })
    expect(await row('kind').innerText()).toContain('mou (บันทึกความเข้าใจ (MOU))')
    expect(await row('title_{lang}').innerText()).toMatch(/ชื่อความตกลง[\s\S]*ต้องมีภาษาไทย/)
    expect(await row('documents.{n}.file').innerText()).toMatch(/เอกสารที่ลงนาม › ไฟล์ \(PDF\)/)
    expect(await row('internalNotes').innerText()).toContain('ข้อมูลภายใน ไม่เผยแพร่')
    await page.screenshot({ path: join(shots, 'import-th.png'), fullPage: true })
    await page.close()
  })

  it('lists every problem of a workbook by sheet, row and column in Thai, shows markup as text, and offers no import', async () => {
    const page = await signedIn(people.editor.email)
    await page.goto(`${http.cms.url}/admin/import`)
    await page.setInputFiles('#bma-sheet-file', join(files, 'ความตกลงเดิม.xlsx'))
    await page.getByRole('button', { name: 'ตรวจไฟล์' }).click()
    await page.getByText(/^พบจุดที่ต้องแก้ \d+ จุด ยังไม่ได้นำเข้าข้อมูลใดเลย/).waitFor({ timeout: 60_000 })
    const rows = await page
      .locator('[role="status"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).innerText)))
    const reasons = rows.map((cells) => cells[3]!)
    expect(reasons.filter(untranslated)).toEqual([])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['ความตกลงเดิม.xlsx › agreements', '2', 'D · kind', expect.stringMatching(/^เป็น "協定" ซึ่งไม่ใช่ค่าที่ใช้ได้/)],
        ['ความตกลงเดิม.xlsx › agreements', '2', 'G · signed', expect.stringMatching(/^2549-11-01 เป็นปีพุทธศักราช \(พ\.ศ\. 2549 คือ ค\.ศ\. 2006\)/)],
        ['ความตกลงเดิม.xlsx › agreements', '3', 'B · title_th', 'ต้องกรอก'],
        ['ความตกลงเดิม.xlsx › agreements', '3', 'E · partners', 'รายการที่ 1: อ้างถึง "osaka" ซึ่งไม่มีใน cities/ (ไม่มีทั้งในระบบและในไฟล์นี้)'],
        ['ความตกลงเดิม.xlsx › agreements', '4', 'A · slug', 'slug "bangkok-fukuoka-mou" ซ้ำกับแถวที่ 2 รายการหนึ่งมีได้แถวเดียว'],
      ]),
    )
    // In reading order: row by row.
    expect(rows.map((cells) => Number(cells[1]))).toEqual([...rows.map((cells) => Number(cells[1]))].sort((a, b) => a - b))
    expect(await page.getByRole('button', { name: /^นำเข้า/ }).count()).toBe(0)
    expect(await page.evaluate(() => (window as { __leaked?: number }).__leaked)).toBeUndefined()
    expect(await page.locator('[role="status"] img').count()).toBe(0)
    await page.screenshot({ path: join(shots, 'problems-th.png'), fullPage: true })
    expect(await count('agreements', 'bangkok-fukuoka-mou')).toBe(0)
    expect(await count('organizations', 'citynet')).toBe(0)
    await page.close()
  })

  it('checks a clean file, says what each row will do, and imports it only then', async () => {
    const page = await signedIn(people.editor.email)
    await page.goto(`${http.cms.url}/admin/import`)
    await page.setInputFiles('#bma-sheet-file', join(files, 'agreements.csv'))
    await page.getByRole('button', { name: 'ตรวจไฟล์' }).click()
    await page.getByText('ไฟล์ถูกต้องทุกแถว: จะสร้างใหม่ 2 รายการ แก้ไข 0 รายการ เหมือนเดิม 0 รายการ (ยังไม่ได้บันทึก)').waitFor({ timeout: 60_000 })
    expect(await page.locator('[role="status"] tbody tr').allInnerTexts()).toEqual([
      'agreements.csv\t2\tagreements/bangkok-fukuoka-mou\tสร้างใหม่',
      'agreements.csv\t3\tagreements/bangkok-fukuoka-friendship\tสร้างใหม่',
    ])
    await page.screenshot({ path: join(shots, 'plan-th.png'), fullPage: true })
    expect(await count('agreements', 'bangkok-fukuoka-mou')).toBe(0)
    await page.getByRole('button', { name: 'นำเข้า 2 แถว' }).click()
    await page.getByText('นำเข้าเรียบร้อยแล้ว: สร้างใหม่ 2 รายการ แก้ไข 0 รายการ เหมือนเดิม 0 รายการ').waitFor({ timeout: 120_000 })
    await page.screenshot({ path: join(shots, 'done-th.png'), fullPage: true })
    expect(await count('agreements', 'bangkok-fukuoka-mou')).toBe(1)
    const entry = page.getByRole('link', { name: 'agreements/bangkok-fukuoka-mou' })
    await entry.click()
    await page.waitForURL(/\/admin\/collections\/agreements\?/)
    await page.getByText('บันทึกความเข้าใจกรุงเทพมหานคร–ฟุกุโอกะ').first().waitFor({ timeout: 60_000 })
    await page.close()
  })
})

describe('other people', () => {
  it('tells a translator the page is for editors, and shows them no link to it', async () => {
    const page = await signedIn(people.translator.email)
    await page.goto(`${http.cms.url}/admin/collections/agreements`)
    await page.locator('table, .collection-list__no-results').first().waitFor({ timeout: 60_000 })
    expect(await page.getByRole('link', { name: 'นำเข้าจากไฟล์ตาราง (Excel หรือ CSV)' }).count()).toBe(0)
    await page.goto(`${http.cms.url}/admin/import`)
    await page.getByText('เฉพาะบรรณาธิการและผู้ดูแลระบบเท่านั้นที่นำเข้าข้อมูลจากไฟล์ตารางได้').waitFor({ timeout: 60_000 })
    expect(await page.locator('input[type="file"]').count()).toBe(0)
    await page.close()
  })

  it('speaks English to an account that works in English', async () => {
    const page = await signedIn(people.english.email)
    await page.goto(`${http.cms.url}/admin/import?collection=activities`)
    await page.getByRole('heading', { name: 'Import from a spreadsheet' }).waitFor({ timeout: 60_000 })
    await page.setInputFiles('#bma-sheet-file', join(files, 'ความตกลงเดิม.xlsx'))
    await page.getByRole('button', { name: 'Check' }).click()
    await page.getByText(/^\d+ problems: nothing was imported/).waitFor({ timeout: 60_000 })
    expect(await page.getByRole('cell', { name: 'repeats "bangkok-fukuoka-mou" of row 2: one row per entry' }).count()).toBe(1)
    await page.screenshot({ path: join(shots, 'problems-en.png'), fullPage: true })
    await page.close()
  })
})
