/**
 * The staff workspace in Chromium against a real CMS (`next start`, SQLite), signed in as Thai staff: every
 * collection's list and edit view has no English label left, the admin loads nothing from other hosts, the guide and
 * the overview render, a translator's work list holds only their languages, the Thai source stands beside each field
 * (with what changed after a Thai edit), a second person records a review, and a BMA reader has no edit controls.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { paragraph } from '../../cms/bundle/richText.ts'

let cms: RunningCms
let browser: Browser
const dataDir = mkdtempSync(join(tmpdir(), 'bma-workspace-'))
const shots = join(tmpdir(), 'bma-workspace-shots')
const password = 'Chao-Phraya-River-88'
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const people = {
  editor: { email: 'editor@example.org', role: 'editor' },
  translator: { email: 'translator@example.org', role: 'translator', translatorLocales: ['en', 'ja'] },
  reviewer: { email: 'reviewer@example.org', role: 'translator', translatorLocales: ['ja'] },
  reader: { email: 'reader@bma.example', role: 'bma-reader' },
}
/** Requests the pages made to anything but the CMS itself. */
const outside: string[] = []
const ids: Record<string, number> = {}

async function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${cms.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
  const body = await response.json()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}
const login = async (email: string, pass = password) => (await api('/api/users/login', { method: 'POST', json: { email, password: pass } })).token as string

/** A page signed in through the login form, recording every request that leaves the CMS. */
async function signedIn(email: string, locale = 'th-TH'): Promise<Page> {
  const page = await browser.newPage({ locale, viewport: { width: 1400, height: 1000 } })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(cms.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url)
  })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', email === admin.email ? admin.password : password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  await page.getByRole('heading', { name: 'ภาพรวม' }).waitFor({ timeout: 60_000 })
  return page
}

/**
 * Follows a link of the admin's navigation as a person does: on a screen up to 1440 px wide Payload starts with the
 * menu closed (its links inert), so they open it first. Retried, since the menu closes itself once the page measures
 * the window.
 */
async function fromNavigation(page: Page, href: string) {
  await vi.waitFor(
    async () => {
      if ((await page.locator('aside.nav--nav-open').count()) === 0) await page.getByRole('button', { name: 'เปิด เมนู' }).click({ timeout: 5_000 })
      await page.locator(`aside.nav--nav-open nav a[href="${href}"]`).click({ timeout: 5_000 })
    },
    { timeout: 60_000, interval: 500 },
  )
}

/**
 * A translator done with an entry moves on to their work list; the entry they leave is no longer locked by them (the
 * next test's editor saves it over REST, which Payload refuses with 423 while someone else holds the lock, and the
 * reviewer opens it without the "locked" dialog).
 */
async function backToWorkList(page: Page) {
  const released = page.waitForResponse((response) => response.request().method() === 'DELETE' && response.url().includes('/api/payload-locked-documents'), {
    timeout: 60_000,
  })
  await fromNavigation(page, '/admin/translations')
  await page.getByRole('heading', { name: 'งานแปล' }).waitFor()
  expect((await released).ok()).toBe(true)
  await page.close()
}

/**
 * Types a definition into the entry's first rich text field and saves a draft: once the editor holds the text (on a
 * busy machine the editor can take its time), and until the CMS has answered the save.
 */
async function saveDraft(page: Page, definition: string) {
  const field = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await field.fill(definition)
  await expect.poll(() => field.innerText(), { timeout: 30_000 }).toContain(definition)
  const saved = page.waitForResponse((r) => r.request().method() !== 'GET' && /\/api\/glossary\/\d+/.test(r.url()), { timeout: 120_000 })
  await page.getByRole('button', { name: 'บันทึกร่าง' }).click()
  const answer = await saved
  expect(answer.status(), await answer.text()).toBe(200)
}

async function settle(page: Page, url: string) {
  await page.goto(`${cms.url}${url}`)
  await page.waitForLoadState('networkidle')
  await page.locator('.template-default, .template-default__wrap, main').first().waitFor({ timeout: 60_000 })
}

/** Latin words that are names or notations in any language, not English labels left untranslated. */
const notEnglish = new Set([
  'english',
  'slug',
  'pdf',
  'api',
  'id',
  'wikidata',
  'netlify',
  'jpeg',
  'png',
  'webp',
  'avif',
  'mou',
  'rtgs',
  'iso',
  'bcp',
  'url',
  'json',
  'http',
  'https',
  'th',
  'en',
  'ja',
  'ko',
  'zh',
  'hans',
  'jp',
  'yyyy',
  'mm',
  'dd',
  'q',
  'sister',
  'city',
  'cities',
  'citynet',
  'sdgs',
  'www',
])

/** Visible labels, buttons, headings, descriptions and placeholders written in English only. */
async function englishLabels(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const selectors = [
      'label',
      '.field-label',
      '.field-description',
      'button',
      'a.btn',
      'th',
      'h1',
      'h2',
      'h3',
      'h4',
      'legend',
      'summary',
      '.array-field__header-content',
      '.row-label',
      '.nav__link-label',
      '.nav-group__label',
      '.doc-tab__label',
      '.list-header',
      '.rs__placeholder',
      '.doc-controls__label',
      '.collection-list__no-results',
      '.bma-thai-source',
      '.bma-translation-panel',
    ]
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || (el as HTMLElement).getClientRects().length > 0
    const found = new Set<string>()
    for (const el of document.querySelectorAll(selectors.join(','))) {
      if (!visible(el)) continue
      // The content itself (titles in the breadcrumb and heading, relationship values) is not a label.
      if (el.closest('.step-nav, .render-title, .relationship--single-value, .multi-value, .rs__value-container, td, .bma-thai-source__text')) continue
      const text = (el as HTMLElement).innerText?.trim()
      if (text) found.add(text)
    }
    for (const el of document.querySelectorAll('[placeholder], button[aria-label], a[aria-label]'))
      if (visible(el)) for (const name of ['placeholder', 'aria-label']) if (el.getAttribute(name)) found.add(el.getAttribute(name)!)
    return [...found]
  })
  return texts.filter((text) => {
    if (/[\u0E00-\u0E7F]/.test(text)) return false
    const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
    return words.some((word) => !notEnglish.has(word.toLowerCase()) && !/@/.test(text))
  })
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  cms = await startCms({
    quiet: true,
    env: { DATA_DIR: dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
  })
  const token = await login(admin.email, admin.password)
  for (const person of Object.values(people)) await api('/api/users', { method: 'POST', token, json: { ...person, password } })
  const editor = await login(people.editor.email)
  const create = async (collection: string, data: object) =>
    ((await api(`/api/${collection}?locale=th`, { method: 'POST', token: editor, json: { _status: 'published', ...data } })).doc as { id: number }).id
  const form = new FormData()
  form.append('file', new Blob([readFileSync('tests/fixtures/cms-bundle/media/cities/fukuoka.jpg')], { type: 'image/jpeg' }), 'fukuoka.jpg')
  form.append('_payload', JSON.stringify({ alt: 'ท่าเรือฟุกุโอกะยามเย็น' }))
  ids.media = (await api('/api/media?locale=th', { method: 'POST', token: editor, body: form })).doc.id
  ids.domains = await create('domains', { slug: 'environment', name: 'สิ่งแวดล้อม' })
  ids.units = (await api('/api/units?locale=th', { method: 'POST', token: editor, json: { name: 'สำนักสิ่งแวดล้อม' } })).doc.id
  ids.cities = await create('cities', {
    slug: 'fukuoka',
    name: 'ฟุกุโอกะ',
    country: 'JP',
    relationship: 'sister-city',
    summary: 'เมืองพี่เมืองน้องบนเกาะคีวชู',
    body: paragraph('ความสัมพันธ์ตั้งแต่ปี 2532'),
    image: ids.media,
  })
  ids.organizations = await create('organizations', {
    slug: 'citynet',
    name: 'เครือข่ายซิตี้เน็ต',
    kind: 'city-network',
    country: 'KR',
    summary: 'เครือข่ายเมืองในเอเชียแปซิฟิก',
  })
  const soon = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  ids.agreements = await create('agreements', {
    slug: 'fukuoka-mou',
    title: 'บันทึกความเข้าใจกรุงเทพฯ–ฟุกุโอกะ',
    kind: 'mou',
    status: 'in-force',
    signed: '2019-05-01',
    expires: soon,
    partners: [{ relationTo: 'cities', value: ids.cities }],
    sectors: [ids.domains],
    signatories: [{ name: 'ผู้ว่าราชการกรุงเทพมหานคร' }],
  })
  ids.activities = await create('activities', {
    slug: 'fukuoka-visit',
    title: 'คณะจากฟุกุโอกะเยือนกรุงเทพฯ',
    kind: 'incoming-visit',
    start: '2026-02-10',
    partners: [{ relationTo: 'cities', value: ids.cities }],
    units: [ids.units],
    sectors: [ids.domains],
  })
  ids.news = await create('news', { slug: 'visit', date: '2026-02-11T00:00:00.000Z', title: 'ต้อนรับคณะจากฟุกุโอกะ', summary: 'สรุปข่าว', body: paragraph('เนื้อข่าว') })
  ids.glossary = await create('glossary', {
    slug: 'sister-city',
    term: 'เมืองพี่เมืองน้อง',
    definition: paragraph('เมืองสองเมืองที่ลงนามความร่วมมือกัน'),
    domain: ids.domains,
  })
  // The reminder job, run once on the same database (the server's job runner is off in this test).
  Object.assign(process.env, { DATA_DIR: dataDir, JOB_RUNNER: 'off', SEED_CONTENT: 'false' })
  const [{ getPayload }, { default: config }, { raiseReminders }] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config.ts'),
    import('../../cms/reminders/raiseReminders.ts'),
  ])
  await raiseReminders(await getPayload({ config }))
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('Thai first', () => {
  it('every collection’s list and edit view, in Thai and while translating, has no English label left', async () => {
    // A browser that prefers English: the account's language (Thai, the default for new accounts) wins.
    const page = await signedIn(people.editor.email, 'en-US')
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    const collections = await page.$$eval('nav a[href^="/admin/collections/"]', (links) => [
      ...new Set(links.map((a) => a.getAttribute('href')!.split('/')[3]!)),
    ])
    expect(collections.sort()).toEqual([
      'activities',
      'agreements',
      'cities',
      'deploys',
      'domains',
      'glossary',
      'media',
      'news',
      'organizations',
      'reminders',
      'units',
      'users',
    ])
    const problems: string[] = []
    for (const collection of collections) {
      await settle(page, `/admin/collections/${collection}`)
      problems.push(...(await englishLabels(page)).map((text) => `${collection} list: ${text}`))
      const href = await page.locator(`table a[href*="/admin/collections/${collection}/"]`).first().getAttribute('href')
      expect(href, `${collection} has an entry to open`).toBeTruthy()
      for (const locale of ['th', 'ja']) {
        await settle(page, `${href}?locale=${locale}`)
        await page.waitForTimeout(500)
        problems.push(...(await englishLabels(page)).map((text) => `${collection} edit (${locale}): ${text}`))
      }
      if (collection === 'agreements') await page.screenshot({ path: join(shots, 'agreement-edit-ja.png'), fullPage: true })
    }
    for (const view of ['/admin', '/admin/translations', '/admin/guide', '/admin/import', '/admin/account', '/admin/collections/glossary/create']) {
      await settle(page, view)
      problems.push(...(await englishLabels(page)).map((text) => `${view}: ${text}`))
    }
    expect(problems).toEqual([])
  }, 900_000) // some forty views, each waited on until it settles: minutes on a loaded machine

  it('the guide shows every everyday task with a picture of the real admin, linked from the navigation', async () => {
    const page = await signedIn(people.translator.email)
    await fromNavigation(page, '/admin/guide')
    await page.getByRole('heading', { name: 'คู่มือการใช้งาน' }).waitFor()
    const tasks = await page.locator('.bma-guide__task h2').allInnerTexts()
    expect(tasks).toEqual(['เพิ่มคำศัพท์ใหม่', 'แปลรายการเป็นภาษาอื่น', 'เผยแพร่ขึ้นเว็บไซต์', 'แนบไฟล์ PDF ของความตกลง', 'บันทึกการเยือน', 'ดูสาเหตุเมื่อเผยแพร่ไม่สำเร็จ'])
    for (const image of await page.locator('.bma-guide__shot').all()) {
      await image.scrollIntoViewIfNeeded()
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 600), { timeout: 60_000 }).toBe(true)
    }
  })

  it('the overview draws its charts on the server, each with a table, and its numbers open the lists they count', async () => {
    const page = await signedIn(people.editor.email)
    await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true })
    expect(await page.locator('script[src]:not([src^="/"])').count()).toBe(0)
    expect(await page.locator('figure.bma-chart svg[role="img"]').count()).toBeGreaterThanOrEqual(6)
    expect(await page.locator('figure.bma-chart details table').count()).toBeGreaterThanOrEqual(6)
    await expect
      .poll(() => page.locator('.bma-overview__reminders li').allInnerTexts(), { timeout: 60_000 })
      .toEqual([expect.stringContaining('บันทึกความเข้าใจกรุงเทพฯ–ฟุกุโอกะ')])
    const link = page.locator('#expiring-title a')
    expect(await link.innerText()).toBe('1')
    await link.click()
    await page.waitForURL(/\/admin\/collections\/agreements\?/)
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 60_000 }).toBe(1)
  })

  it('loads nothing from other hosts', () => {
    expect(outside).toEqual([])
  })
})

describe('translation workflow', () => {
  it("a translator's list holds their languages only, and opens the entry in that language beside its Thai source", async () => {
    const page = await signedIn(people.translator.email, 'en-US')
    await fromNavigation(page, '/admin/translations')
    await page.getByRole('heading', { name: 'งานแปล' }).waitFor()
    const locales = await page.$$eval('.bma-translations__work tbody tr', (rows) => [...new Set(rows.map((r) => r.getAttribute('data-locale')))])
    expect(locales.sort()).toEqual(['en', 'ja'])
    expect(await page.locator('.bma-translations__coverage').count()).toBe(0)
    await page.screenshot({ path: join(shots, 'translations-translator.png'), fullPage: true })
    await page.locator(`.bma-translations__work tr[data-locale="ja"][data-collection="glossary"] a`).click()
    await page.waitForURL(/locale=ja/)
    const source = page.locator('.bma-thai-source').first()
    await source.waitFor()
    expect(await source.innerText()).toContain('เมืองพี่เมืองน้อง')
    // Beside the field, not below it.
    const input = await page.locator('#field-term').boundingBox()
    const box = await source.boundingBox()
    expect(box!.x).toBeGreaterThan(input!.x + input!.width - 1)
    await page.locator('#field-term').fill('姉妹都市')
    await saveDraft(page, '姉妹提携を結んだ二つの都市')
    await expect.poll(() => page.locator('.bma-translation-panel [data-locale="ja"]').innerText(), { timeout: 30_000 }).toContain('แปลแล้ว')
    await backToWorkList(page)
  })

  it('after a Thai edit the translation is stale, and the Thai source shows what changed', async () => {
    const editor = await login(people.editor.email)
    await api(`/api/glossary/${ids.glossary}?locale=th`, {
      method: 'PATCH',
      token: editor,
      json: { definition: paragraph('เมืองสองเมืองที่ลงนามความร่วมมือระยะยาวกัน') },
    })
    const page = await signedIn(people.translator.email)
    await settle(page, `/admin/collections/glossary/${ids.glossary}?locale=ja`)
    await expect.poll(() => page.locator('.bma-translation-panel [data-locale="ja"]').innerText(), { timeout: 30_000 }).toContain('ต้นฉบับเปลี่ยน')
    const changed = page.locator('.bma-thai-source[data-status="stale"]')
    await changed.waitFor()
    expect(await changed.locator('ins').allInnerTexts()).toEqual(['ระยะยาว'])
    await page.screenshot({ path: join(shots, 'side-by-side-stale.png'), fullPage: true })
    await saveDraft(page, '長期の姉妹提携を結んだ二つの都市')
    await expect.poll(() => page.locator('.bma-translation-panel [data-locale="ja"]').innerText(), { timeout: 30_000 }).toContain('แปลแล้ว')
    // The translator may not review their own translation.
    expect(await page.getByRole('button', { name: 'ยืนยันว่าตรวจคำแปลแล้ว' }).count()).toBe(0)
    await backToWorkList(page)
  })

  it('a second person records a review, and the list shows it', async () => {
    const page = await signedIn(people.reviewer.email)
    await settle(page, `/admin/collections/glossary/${ids.glossary}?locale=ja`)
    await page.getByRole('button', { name: 'ยืนยันว่าตรวจคำแปลแล้ว' }).click()
    await expect.poll(() => page.locator('.bma-translation-panel [data-locale="ja"]').innerText(), { timeout: 30_000 }).toContain('ตรวจแล้ว')
    expect(await page.locator('.bma-translation-panel').innerText()).toContain('ตรวจโดย reviewer@example.org')
    await settle(page, '/admin/collections/glossary')
    expect(await page.locator('tbody .bma-status').allInnerTexts()).toContain('ตรวจแล้ว')
    await page.screenshot({ path: join(shots, 'glossary-list.png') })
  })
})

describe('a BMA reader', () => {
  it('reads the overview and entries shared with the BMA, with no edit controls', async () => {
    const page = await signedIn(people.reader.email)
    expect(await page.locator('.bma-overview__reminders').count()).toBe(0)
    await settle(page, '/admin/collections/agreements')
    expect(await page.getByRole('link', { name: 'สร้างใหม่' }).count()).toBe(0)
    await settle(page, `/admin/collections/agreements/${ids.agreements}`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('#field-title').isDisabled()).toBe(true)
    for (const name of ['บันทึก', 'บันทึกร่าง', 'เผยแพร่การแก้ไข']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0)
    expect(await page.locator('.bma-translation-panel').count()).toBe(0)
  })
})
