/**
 * Takes the pictures of the admin's illustrated guide (cms/guide/tasks.ts) from the real admin: a CMS seeded from
 * content/ on a scratch database, signed in as Thai staff in Chromium, one screenshot per everyday task, written to
 * cms/public/guide/{task}.png. Run again when the admin changes: `npm run guide:screenshots`.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { guideTasks } from '../cms/guide/tasks.ts'
import { freePort, startCms } from './lib/cmsServer.ts'
import { paragraph } from '../cms/bundle/richText.ts'

const out = resolve('cms/public/guide')
const admin = { email: 'admin@example.org', password: 'Guide-Screenshots-2026' }
const password = 'Guide-Screenshots-2026'

mkdirSync(out, { recursive: true })
// Deploys go to a build hook nobody answers, so the guide can show a failed one.
const deadHook = `http://127.0.0.1:${await freePort()}/build_hooks/guide`
const cms = await startCms({
  // The first request imports the whole content bundle: minutes on a busy machine.
  timeoutMs: 1_200_000,
  env: {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bma-guide-')),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    DEPLOY_HOOK_URL: deadHook,
    DEPLOY_RETRY_ATTEMPTS: '1',
    DEPLOY_QUIET_MS: '0',
    JOB_RUNNER_INTERVAL_MS: '300',
  },
})

async function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${cms.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
  const body = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}
const login = async (email: string, pass = password) => (await api('/api/users/login', { method: 'POST', json: { email, password: pass } })).token as string

try {
  const token = await login(admin.email, admin.password)
  await api('/api/users', { method: 'POST', token, json: { email: 'somchai@bangkok.example', name: 'สมชาย ใจดี', password, role: 'editor' } })
  await api('/api/users', {
    method: 'POST',
    token,
    json: { email: 'malee@bangkok.example', name: 'มาลี แปลดี', password, role: 'translator', translatorLocales: ['en', 'ja'] },
  })
  const editor = await login('somchai@bangkok.example')
  const term = (await api('/api/glossary?where[slug][equals]=sister-city&depth=0', { token: editor })).docs[0]
  // A Thai edit after the translations were made: the translate picture shows what changed.
  await api(`/api/glossary/${term.id}?locale=th&draft=true`, {
    method: 'PATCH',
    token: editor,
    json: { definition: paragraph('เมืองสองเมืองในต่างประเทศที่ลงนามความตกลงเป็นเมืองพี่เมืองน้องอย่างเป็นทางการ เพื่อความร่วมมือระยะยาว'), _status: 'draft' },
  })
  const city = (await api('/api/cities?limit=1&depth=0', { token: editor })).docs[0]
  const pdf = new FormData()
  pdf.append('file', new Blob([readFileSync('tests/fixtures/cms-bundle/media/docs/mou.pdf')], { type: 'application/pdf' }), 'mou-fukuoka.pdf')
  pdf.append('_payload', JSON.stringify({ alt: 'บันทึกความเข้าใจ ฉบับลงนาม' }))
  const file = (await api('/api/media?locale=th', { method: 'POST', token: editor, body: pdf })).doc
  const agreement = (
    await api('/api/agreements?locale=th', {
      method: 'POST',
      token: editor,
      json: {
        slug: 'guide-mou',
        title: `บันทึกความเข้าใจความร่วมมือด้านสิ่งแวดล้อม`,
        kind: 'mou',
        status: 'in-force',
        signed: '2024-06-01',
        expires: '2029-05-31',
        partners: [{ relationTo: 'cities', value: city.id }],
        documents: [{ file: file.id, lang: 'th', title: 'ฉบับภาษาไทย', visibility: 'public' }],
        _status: 'published',
      },
    })
  ).doc

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const pageFor = async (email: string): Promise<Page> => {
    const page = await browser.newPage({ locale: 'th-TH', viewport: { width: 1280, height: 860 } })
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.getByRole('heading', { name: 'ภาพรวม' }).waitFor({ timeout: 60_000 })
    return page
  }
  const open = async (page: Page, path: string) => {
    await page.goto(`${cms.url}${path}`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(800)
  }
  const shoot = (page: Page, task: string) => page.screenshot({ path: join(out, `${task}.png`) })
  const editorPage = await pageFor('somchai@bangkok.example')
  const translatorPage = await pageFor('malee@bangkok.example')

  const steps: Record<string, () => Promise<void>> = {
    'add-term': async () => {
      await open(editorPage, '/admin/collections/glossary/create?locale=th')
      await editorPage.fill('#field-term', 'การทูตเมือง')
      await editorPage.fill('#field-slug', 'city-diplomacy')
      await shoot(editorPage, 'add-term')
    },
    translate: async () => {
      await open(translatorPage, `/admin/collections/glossary/${term.id}?locale=ja`)
      await translatorPage.locator('.bma-thai-source[data-status="stale"]').first().waitFor({ timeout: 30_000 })
      await shoot(translatorPage, 'translate')
    },
    publish: async () => {
      await open(editorPage, `/admin/collections/glossary/${term.id}?locale=th`)
      // The arrow beside "publish changes" opens the publishing choices.
      await editorPage.locator('#action-save-popup .popup-button').click()
      await editorPage.waitForTimeout(400)
      await shoot(editorPage, 'publish')
    },
    'agreement-pdf': async () => {
      await open(editorPage, `/admin/collections/agreements/${agreement.id}?locale=th`)
      await editorPage.locator('#field-documents').scrollIntoViewIfNeeded()
      await editorPage.evaluate(() => window.scrollBy(0, -120))
      await shoot(editorPage, 'agreement-pdf')
    },
    'record-visit': async () => {
      await open(editorPage, '/admin/collections/activities/create?locale=th')
      await editorPage.fill('#field-title', 'คณะผู้บริหารเมืองฟุกุโอกะเยือนกรุงเทพฯ')
      await editorPage.locator('#field-kind').click()
      await editorPage.getByText('คณะจากต่างประเทศเยือนกรุงเทพฯ', { exact: true }).click()
      await editorPage.fill('#field-start', '2027-02-14')
      await shoot(editorPage, 'record-visit')
    },
    'deploy-failed': async () => {
      // Publishing queued a deploy to the hook nobody answers: wait until it has failed.
      for (let i = 0; i < 120; i++) {
        const { docs } = await api('/api/deploys?where[state][equals]=failed&limit=1&depth=0', { token: editor })
        if (docs.length > 0) break
        await new Promise((r) => setTimeout(r, 1000))
      }
      await open(editorPage, '/admin')
      await editorPage.locator('#deploys-title').evaluate((title) => title.scrollIntoView({ block: 'start' }))
      await editorPage.evaluate(() => window.scrollBy(0, -80))
      await shoot(editorPage, 'deploy-failed')
    },
  }
  for (const task of guideTasks) {
    await steps[task.id]!()
    console.log(`cms/public/guide/${task.id}.png`)
  }
  await browser.close()
} finally {
  await cms.stop()
}
