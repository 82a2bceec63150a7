/**
 * netlify.toml, checked as Netlify would apply it: the built site served with its redirects and headers, and every
 * page template in every language opened in Chromium without a single Content-Security-Policy violation.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '../../content/schema/locales.ts'
import { serveLikeNetlify } from '../support/netlifyHost.ts'

let host: { url: string; server: Server }
let out: string
let browser: Browser

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'bma-netlify-')), 'dist')
  execFileSync('node_modules/.bin/tsx', ['scripts/build-site.ts', '--content', 'tests/fixtures/cms-bundle', '--out', out, '--quiet'], { stdio: 'inherit' })
  host = await serveLikeNetlify(out, 'netlify.toml')
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  host?.server.close()
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${host.url}${path}`, { headers, redirect: 'manual' })

describe('netlify.toml redirects', () => {
  it.each([
    ['ja,en;q=0.8', '/ja/'],
    ['zh-TW,zh;q=0.9', '/zh/'],
    ['ko-KR', '/ko/'],
    ['en-GB,en;q=0.9', '/en/'],
    ['th-TH', '/th/'],
    ['fr-FR', '/th/'],
    ['', '/th/'],
  ])('/ with Accept-Language %j goes to %s', async (language, target) => {
    const response = await get('/', language ? { 'Accept-Language': language } : {})
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(target)
  })

  it.each(locales)('a renamed slug under /%s/ answers 301 to the new URL', async (lang) => {
    const response = await get(`/${lang}/glossary/twin-city/`)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`/${lang}/glossary/sister-city/`)
  })

  it.each(locales)('a missing page under /%s/ answers 404 with that language’s page', async (lang) => {
    const response = await get(`/${lang}/no-such-page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toMatch(new RegExp(`<html[^>]*lang="${lang === 'zh' ? 'zh' : lang}`))
  })
})

describe('netlify.toml headers', () => {
  it('security headers on every page', async () => {
    const response = await get('/en/glossary/sister-city/')
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
  })

  it('hashed assets are immutable; HTML is not cached for long', async () => {
    const html = await (await get('/en/')).text()
    const asset = /\/_astro\/[^"' )]+\.(css|webp|avif|js)/.exec(html)?.[0]
    expect(asset, 'the home page references a hashed asset').toBeTruthy()
    expect((await get(asset!)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await get('/en/')).headers.get('cache-control')).toBeNull()
  })

  it.each(locales)('Pagefind of /%s/: chunks and fragments immutable, its entry file revalidated', async (lang) => {
    const dir = join(out, 'pagefind', lang)
    const chunk = readdirSync(join(dir, 'index'))[0]
    const fragment = readdirSync(join(dir, 'fragment'))[0]
    expect((await get(`/pagefind/${lang}/index/${chunk}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await get(`/pagefind/${lang}/fragment/${fragment}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await get(`/pagefind/${lang}/pagefind-entry.json`)).headers.get('cache-control')).toBe('public, max-age=300, must-revalidate')
  })
})

describe('netlify.toml open data', () => {
  const types = {
    'glossary.csv': 'text/csv; charset=utf-8; header=present',
    'partners.csv': 'text/csv; charset=utf-8; header=present',
    'agreements.csv': 'text/csv; charset=utf-8; header=present',
    'activities.csv': 'text/csv; charset=utf-8; header=present',
    'glossary.json': 'application/json; charset=utf-8',
    'datapackage.json': 'application/json; charset=utf-8',
    'catalog.jsonld': 'application/ld+json; charset=utf-8',
    'glossary.tbx': 'application/x-tbx+xml; charset=utf-8',
  }
  it.each(Object.entries(types))('/open-data/%s: open to every origin, revalidated, served as %s', async (name, type) => {
    const response = await get(`/open-data/${name}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('cache-control')).toBe('public, max-age=600, must-revalidate')
    expect(response.headers.get('content-type')).toBe(type)
  })

  it('a page on another origin reads the files in Chromium', async () => {
    const other = createServer((_, res) => res.end('<!doctype html><title>elsewhere</title>'))
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done))
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${(other.address() as { port: number }).port}/`)
    const read = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, type: response.headers.get('content-type'), start: (await response.text()).slice(0, 5) } // (a decoder drops the byte order mark)
    }, `${host.url}/open-data/glossary.csv`)
    await page.close()
    other.close()
    expect(read).toEqual({ status: 200, type: 'text/csv; charset=utf-8; header=present', start: 'slug,' })
  })
})

describe('Content-Security-Policy in Chromium', () => {
  const templates = [
    '/',
    '/glossary/',
    '/glossary/sister-city/',
    '/cities/',
    '/cities/fukuoka/',
    '/news/',
    '/news/delegation-visit/',
    '/search/?q=sister',
    '/404/',
    '/open-data/',
    '/accessibility/',
  ]
  it.each(locales)('no violation on any page template in %s', async (lang) => {
    const page = await browser.newPage()
    await page.addInitScript(() => {
      ;(window as unknown as { __violations: string[] }).__violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const violations: string[] = []
    for (const template of templates) {
      const response = await page.goto(`${host.url}/${lang}${template}`, { waitUntil: 'networkidle' })
      expect(response?.status(), template).toBeLessThan(template === '/404/' ? 500 : 400)
      violations.push(
        ...((await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)) as string[]).map((v) => `${template}: ${v}`),
      )
    }
    await page.close()
    expect(violations).toEqual([])
  })
})
