import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startCms } from './scripts/lib/cmsServer.ts'
import { startS3Server } from './tests/storage/s3Server.ts'

const s3 = await startS3Server()
const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const cms = await startCms({ quiet: true, env: { ...s3.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'bma-shot-')), CONTENT_DIR: 'tests/cms/fixtures/valid', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, JOB_RUNNER: 'off' } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
try {
  const tab = await browser.newPage({ locale: 'th-TH', viewport: { width: 1280, height: 900 } })
  const outside: string[] = []
  tab.on('request', (r) => { if (!r.url().startsWith(cms.url) && !r.url().startsWith('data:')) outside.push(r.url()) })
  await tab.goto(`${cms.url}/admin/login`)
  await tab.fill('input[name="email"]', admin.email)
  await tab.fill('input[name="password"]', admin.password)
  await tab.click('button[type="submit"]')
  await tab.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
  await tab.goto(`${cms.url}/admin/collections/media`)
  await tab.waitForSelector('table', { timeout: 60_000 })
  await tab.waitForTimeout(1500)
  await tab.screenshot({ path: '/tmp/prod-media-th.png' })
  const id = await tab.evaluate(async () => (await (await fetch('/api/media?where[filename][equals]=fukuoka.jpg')).json()).docs[0].id)
  await tab.goto(`${cms.url}/admin/collections/media/${id}?locale=ja`)
  await tab.waitForTimeout(4000)
  await tab.screenshot({ path: '/tmp/prod-media-ja.png' })
  const images = await tab.evaluate(() => [...document.images].map((i) => ({ src: i.currentSrc, ok: i.complete && i.naturalWidth > 0 })))
  console.log(JSON.stringify(images), 'outside requests:', outside)
} finally {
  await browser.close()
  await cms.stop()
  await s3.close()
}
