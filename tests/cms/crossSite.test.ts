/**
 * Requests from other sites: every kind of write a browser sends without a preflight (JSON, multipart `_payload`,
 * GraphQL, a form), carrying a valid session cookie and a foreign Origin, is refused and changes nothing; CORS stays
 * closed; the admin and the API send the security headers, and the admin works under its Content-Security-Policy.
 */
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'

let http: HttpCms
let cookie = ''
let browser: Browser
const foreignOrigins = ['https://evil.example', 'http://127.0.0.1:4321', 'http://localhost:1']

const userCount = async () => (await http.api('/api/users?limit=1&depth=0', { token: await http.login(admin) })).body.totalDocs as number

beforeAll(async () => {
  http = await openHttpCms()
  const signIn = await fetch(`${http.cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: http.cms.url },
    body: JSON.stringify(admin),
  })
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await browser?.close()
  await http?.cms.stop()
})

const newUser = (n: string) => ({ email: `csrf-${n}@example.org`, password: 'Zebra-Quantum-Harbor-7781', role: 'admin' })

function writes(origin: string, n: string): [string, RequestInit][] {
  const headers = { Cookie: cookie, Origin: origin }
  const multipart = new FormData()
  multipart.append('_payload', JSON.stringify(newUser(`multipart-${n}`)))
  const mutation = `mutation { createUser(data: { email: "csrf-graphql-${n}@example.org", password: "Zebra-Quantum-Harbor-7781", role: admin }) { id } }`
  return [
    ['JSON', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(newUser(`json-${n}`)) }],
    ['multipart', { method: 'POST', headers, body: multipart }],
    ['text/plain', { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: JSON.stringify(newUser(`text-${n}`)) }],
    ['form', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(newUser(`form-${n}`)) }],
  ]
    .map(([kind, init]) => [kind as string, init as RequestInit])
    .concat([['GraphQL', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ query: mutation }) }]]) as [
    string,
    RequestInit,
  ][]
}

describe('cross-site requests with a valid session cookie', () => {
  it('the cookie works from the admin’s own origin (the control)', async () => {
    const me = await fetch(`${http.cms.url}/api/users/me`, { headers: { Cookie: cookie, Origin: http.cms.url } })
    expect(((await me.json()) as { user?: { email: string } }).user?.email).toBe(admin.email)
  })

  it.each(foreignOrigins)('from %s: every kind of write is refused and nothing changes', async (origin) => {
    const before = await userCount()
    for (const [kind, init] of writes(origin, origin.replace(/\W+/g, ''))) {
      const path = kind === 'GraphQL' ? '/api/graphql' : '/api/users'
      const response = await fetch(`${http.cms.url}${path}`, init)
      const text = await response.text()
      if (kind === 'GraphQL') expect(JSON.parse(text).data?.createUser ?? null, text).toBeNull()
      else expect([401, 403], `${kind}: ${response.status} ${text}`).toContain(response.status)
    }
    expect(await userCount()).toBe(before)
  })

  it('a cookie without any Origin or Sec-Fetch-Site (not a browser) is not a session', async () => {
    const me = await fetch(`${http.cms.url}/api/users/me`, { headers: { Cookie: cookie } })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
  })
})

describe('CORS', () => {
  it('answers no foreign origin', async () => {
    const preflight = await fetch(`${http.cms.url}/api/users`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(`${http.cms.url}/api/glossary`, { headers: { Origin: 'https://evil.example' } })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('security headers', () => {
  it.each(['/admin/login', '/api/glossary', '/api/graphql-playground'])('%s', async (path) => {
    const response = await fetch(`${http.cms.url}${path}`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // Served over plain HTTP here: HSTS only behind HTTPS (CMS_PUBLIC_URL https://...).
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('the admin page scripts run under a nonce, not unsafe-inline', async () => {
    const response = await fetch(`${http.cms.url}/admin/login`)
    const csp = response.headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/)
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")
  })

  it('the admin signs in and edits under its policy, with no violation', async () => {
    const page = await browser.newPage({ locale: 'th-TH' })
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await page.goto(`${http.cms.url}/admin/login`)
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${http.cms.url}/admin/collections/glossary/create`)
    await page.locator('#field-term').waitFor({ timeout: 60_000 })
    await page.locator('#field-slug').fill('csp-check')
    await page.locator('#field-term').fill('ทดสอบนโยบายความปลอดภัย')
    await page.getByRole('button', { name: /^(บันทึกร่าง|Save draft)$/i }).click()
    await page.waitForURL(/\/collections\/glossary\/\d+/, { timeout: 60_000 })
    await page.screenshot({ path: '/tmp/bma-admin-under-csp.png' })
    await page.close()
    expect(violations).toEqual([])
  })
})
