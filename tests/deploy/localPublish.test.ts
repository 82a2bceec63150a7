/**
 * Local mode, as an editor meets it: a real CMS (`next start`) with its job runner, publishing over REST and in the
 * admin in Chromium, and the public site rebuilt and served from .data/site/live on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportPublicSnapshotOverHttp } from '../../cms/bundle/exportBundle.ts'
import { paragraph, richTextConverter } from '../../cms/bundle/richText.ts'
import { freePort, startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { serveLiveSite } from '../../scripts/lib/liveSite.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { waitFor } from '../support/waitFor.ts'
import type { Json } from '../support/json.ts'

const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
// An editor who works in English (the admin speaks each account's language; Thai is the default).
const editor = { email: 'editor@example.org', password: 'Chao-Phraya-River-88' }
const dataDir = mkdtempSync(join(tmpdir(), 'bma-local-publish-'))
const breakFlag = join(dataDir, 'break-site-build')
let cms: RunningCms
let site: Server
let siteUrl = ''
let browser: Browser
let editorToken = ''

async function api(path: string, { token, method = 'GET', json }: { token?: string; method?: string; json?: unknown } = {}) {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { ...(token && { Authorization: `JWT ${token}` }), ...(json !== undefined && { 'Content-Type': 'application/json' }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  return { status: response.status, body: (await response.json()) as Json }
}
const login = async (user: typeof admin) => (await api('/api/users/login', { method: 'POST', json: user })).body.token as string
const page = (path: string) => fetch(`${siteUrl}${path}`).then(async (r) => ({ status: r.status, text: await r.text() }))
const latestDeploy = async () => (await api('/api/deploys?sort=-queuedAt&limit=1&depth=0', { token: editorToken })).body.docs[0]

/** Waits for the next deploy to finish after the given time, and checks how it ended. */
async function waitForDeploy(state: 'live' | 'failed', after: string) {
  const deploy = await waitFor(
    async () => {
      const latest = await latestDeploy()
      return latest?.finishedAt > after ? latest : undefined
    },
    { timeout: 120_000, interval: 250, message: 'a deploy to finish' },
  )
  expect(deploy.state, deploy.error).toBe(state)
  return deploy
}

beforeAll(async () => {
  process.env.DATA_DIR = dataDir
  cms = await startCms({
    quiet: true,
    env: {
      DATA_DIR: dataDir,
      CONTENT_DIR: 'tests/fixtures/cms-bundle',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DEPLOY_QUIET_MS: '1000',
      JOB_RUNNER_INTERVAL_MS: '250',
      SITE_BUILD_COMMAND: 'bash tests/support/buildSiteUnlessBroken.sh --quiet',
      BREAK_SITE_BUILD: breakFlag,
    },
  })
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  const port = await freePort()
  site = await serveLiveSite(port)
  siteUrl = `http://127.0.0.1:${port}`
  const adminToken = await login(admin)
  await api('/api/users', { token: adminToken, method: 'POST', json: { ...editor, role: 'editor', language: 'en' } })
  editorToken = await login(editor)
  const before = new Date().toISOString()
  expect((await api('/api/deploys/now', { token: adminToken, method: 'POST' })).status).toBe(202)
  await waitForDeploy('live', before)
})

afterAll(async () => {
  await browser?.close()
  site?.close()
  await cms?.stop()
})

describe('local publishing', () => {
  it('serves the site built from the published content', async () => {
    expect((await page('/en/glossary/sister-city/')).text).toContain('sister city')
    expect((await page('/en/glossary/unpublished-term/')).status).toBe(404)
  })

  it('a publish over REST goes live on the served site, and search finds it', async () => {
    const started = Date.now()
    const created = await api('/api/glossary?locale=th', {
      token: editorToken,
      method: 'POST',
      json: { slug: 'rest-published', term: 'คำที่เผยแพร่ผ่านเรสต์ Restpublished', definition: paragraph('นิยามใหม่'), _status: 'published' },
    })
    expect(created.status).toBe(201)
    const live = await waitFor(async () => ((await page('/th/glossary/rest-published/')).text.includes('คำที่เผยแพร่ผ่านเรสต์') ? Date.now() : 0), {
      timeout: 120_000,
      interval: 250,
      message: 'the new page',
    })
    const search = await browser.newPage()
    await search.goto(`${siteUrl}/th/search/?q=Restpublished`)
    await search.locator('[data-search-results] a[href*="/glossary/rest-published/"]').first().waitFor({ timeout: 30_000 })
    await search.close()
    console.log(`publish -> live on the served site: ${((live - started) / 1000).toFixed(1)} s, searchable: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })

  it('the public snapshot over HTTP (npm run build with CMS_URL) equals the one read from the database', async () => {
    const richText = await richTextConverter(await (await import('../../cms/payload.config.ts')).default)
    const overHttp = mkdtempSync(join(tmpdir(), 'bma-http-snapshot-'))
    await exportPublicSnapshotOverHttp(cms.url, overHttp, richText)
    const fromDatabase = mkdtempSync(join(tmpdir(), 'bma-db-snapshot-'))
    execFileSync('node_modules/.bin/tsx', ['scripts/export-content.ts', '--out', fromDatabase], {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    expect(await diffTrees(fromDatabase, overHttp)).toEqual([])
    expect(readdirSync(join(overHttp, 'glossary'))).toContain('rest-published.json')
  })

  it('a failing build is reported and leaves the previous site served', async () => {
    writeFileSync(breakFlag, '')
    try {
      const before = new Date().toISOString()
      await api('/api/glossary?locale=th', {
        token: editorToken,
        method: 'POST',
        json: { slug: 'never-built', term: 'ไม่ถูกสร้าง', definition: paragraph('x'), _status: 'published' },
      })
      const failed = await waitForDeploy('failed', before)
      expect(failed.error).toMatch(/site build failed[\s\S]*broken\.json/)
      expect((await page('/th/glossary/rest-published/')).status).toBe(200)
      expect((await page('/th/glossary/never-built/')).status).toBe(404)
    } finally {
      rmSync(breakFlag, { force: true })
    }
    expect(existsSync(breakFlag)).toBe(false)
  })

  it('as a new user would: sign in to the admin in Chromium, edit a Thai term, publish, see it on the public page', async () => {
    const tab = await browser.newPage({ locale: 'en-GB' })
    await tab.goto(`${cms.url}/admin/login`)
    await tab.fill('input[name="email"]', editor.email)
    await tab.fill('input[name="password"]', editor.password)
    await tab.click('button[type="submit"]')
    await tab.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const { body } = await api('/api/glossary?where[slug][equals]=sister-city&depth=0', { token: editorToken })
    await tab.goto(`${cms.url}/admin/collections/glossary/${body.docs[0].id}?locale=th`)
    const field = tab.locator('#field-term')
    await field.waitFor({ timeout: 60_000 })
    await field.fill('เมืองพี่เมืองน้อง (แก้ไขในเบราว์เซอร์)')
    await tab.getByRole('button', { name: /^Publish changes$/ }).click()
    await tab
      .getByText(/Updated successfully|successfully/i)
      .first()
      .waitFor({ timeout: 60_000 })
    await waitFor(async () => (await page('/th/glossary/sister-city/')).text.includes('เมืองพี่เมืองน้อง (แก้ไขในเบราว์เซอร์)'), {
      timeout: 120_000,
      interval: 250,
      message: 'the edited term on the public page',
    })
    const publicPage = await browser.newPage()
    await publicPage.goto(`${siteUrl}/th/glossary/sister-city/`)
    await expect(publicPage.locator('h1').textContent()).resolves.toContain('เมืองพี่เมืองน้อง (แก้ไขในเบราว์เซอร์)')
  })
})
