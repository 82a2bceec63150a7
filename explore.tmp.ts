import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startCms } from './scripts/lib/cmsServer.ts'

const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const cms = await startCms({ quiet: false, env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'bma-explore-')), JOB_RUNNER: 'off', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } })
console.log('CMS at', cms.url)
const api = async (path: string, init: RequestInit & { token?: string; json?: unknown } = {}) => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  const r = await fetch(`${cms.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
  return { status: r.status, body: await r.json().catch(() => null) }
}
const token = (await api('/api/users/login', { method: 'POST', json: admin })).body.token
await api('/api/users', { method: 'POST', token, json: { email: 'translator@example.org', password: 'Chao-Phraya-River-88', role: 'translator', translatorLocales: ['en', 'ja'] } })
await api('/api/users', { method: 'POST', token, json: { email: 'editor@example.org', password: 'Chao-Phraya-River-88', role: 'editor' } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' })
const outside: string[] = []
page.on('request', (r) => { if (!r.url().startsWith(cms.url) && !r.url().startsWith('data:')) outside.push(r.url()) })
await page.goto(`${cms.url}/admin/login`)
await page.fill('#field-email', 'editor@example.org')
await page.fill('#field-password', 'Chao-Phraya-River-88')
await page.click('button[type=submit]')
await page.waitForURL(`${cms.url}/admin`)
await page.waitForLoadState('networkidle')
await page.screenshot({ path: '/tmp/shots/dashboard.png', fullPage: true })
const glossary = await api('/api/glossary?limit=1&depth=0', { token })
const id = glossary.body.docs[0].id
await page.goto(`${cms.url}/admin/collections/glossary`)
await page.waitForLoadState('networkidle')
await page.screenshot({ path: '/tmp/shots/glossary-list.png' })
await page.goto(`${cms.url}/admin/collections/glossary/${id}?locale=ja`)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1500)
await page.screenshot({ path: '/tmp/shots/glossary-edit-ja.png', fullPage: true })
await page.goto(`${cms.url}/admin/translations`)
await page.waitForLoadState('networkidle')
await page.screenshot({ path: '/tmp/shots/translations.png', fullPage: true })
console.log('outside requests', outside)
console.log('Ready; sleeping'); await new Promise((r) => setTimeout(r, Number(process.env.KEEP ?? 0)))
await browser.close()
await cms.stop()
