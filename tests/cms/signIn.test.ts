/**
 * Sign-in that cannot be turned against its users, over real HTTP with two CMS instances on one database: failures
 * are throttled per account and client and per client (no lockout an attacker can trigger for the owner), counted
 * in the database by every instance, X-Forwarded-For counts only from a trusted proxy, every failed sign-in answers
 * alike, and passwords are judged by zxcvbn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { throttle } from '../../cms/auth/signInThrottle.ts'
import { admin, openHttpCms, type HttpCms } from '../support/httpCms.ts'

let behindProxy: HttpCms
let direct: RunningCms
const owner = { email: 'owner@example.org', password: 'Lumphini-Park-1925-Sawasdee' }

/** Signs in at one instance, as the client the (trusted) proxy says it forwards for. */
async function signIn(url: string, user: { email: string; password: string }, client?: string) {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(client && { 'X-Forwarded-For': client }) },
    body: JSON.stringify(user),
  })
  return { status: response.status, body: (await response.json()) as { errors?: { message: string }[]; token?: string } }
}

beforeAll(async () => {
  // This instance sits behind a proxy on 127.0.0.1: X-Forwarded-For names the client.
  behindProxy = await openHttpCms({ TRUSTED_PROXIES: '127.0.0.1' })
  const created = await behindProxy.api('/api/users', { method: 'POST', token: await behindProxy.login(admin), json: { ...owner, role: 'editor' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  // A second instance on the same database, with no proxy configured: X-Forwarded-For means nothing to it.
  direct = await startCms({
    quiet: true,
    env: { DATA_DIR: behindProxy.dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
  })
})

afterAll(async () => {
  await direct?.stop()
  await behindProxy?.cms.stop()
})

describe('throttling', () => {
  it('an attacker guessing the owner’s password is slowed down; the owner still signs in from elsewhere', async () => {
    const attacker = '203.0.113.7'
    const answers: number[] = []
    for (let i = 0; i < throttle.perAccountAndClient + 2; i++)
      answers.push((await signIn(behindProxy.cms.url, { ...owner, password: `guess-${i}` }, attacker)).status)
    expect(answers.slice(0, throttle.perAccountAndClient)).toEqual(Array(throttle.perAccountAndClient).fill(401))
    expect(answers.slice(throttle.perAccountAndClient)).toEqual([429, 429])
    // Even the right password waits, from the attacker's client ...
    const throttled = await signIn(behindProxy.cms.url, owner, attacker)
    expect(throttled.status).toBe(429)
    expect(throttled.body.errors?.[0]?.message).toMatch(/กรุณารอ \d+ นาที/)
    // ... but the owner, from their own client, is never locked out.
    expect((await signIn(behindProxy.cms.url, owner, '198.51.100.23')).status).toBe(200)
  })

  it('the count is kept in the database: both instances see the same failures', async () => {
    const user = { email: 'shared-count@example.org', password: 'wrong-password-1' }
    // The direct instance sees every request as coming from 127.0.0.1, whatever X-Forwarded-For says.
    for (let i = 0; i < throttle.perAccountAndClient; i++) expect((await signIn(direct.url, user, `192.0.2.${i}`)).status).toBe(401)
    // The proxied instance, told the client is 127.0.0.1, refuses the next attempt.
    expect((await signIn(behindProxy.cms.url, user, '127.0.0.1')).status).toBe(429)
    // and a forged X-Forwarded-For does not get round it at the direct instance.
    expect((await signIn(direct.url, user, '192.0.2.99')).status).toBe(429)
  })

  it('one client trying many accounts is stopped too', async () => {
    const sprayer = '203.0.113.99'
    const statuses: number[] = []
    for (let i = 0; i < throttle.perClient + 1; i++)
      statuses.push((await signIn(behindProxy.cms.url, { email: `user-${i}@example.org`, password: 'Password1234' }, sprayer)).status)
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.filter((s) => s === 401)).toHaveLength(throttle.perClient)
  })
})

describe('one answer for every failed sign-in', () => {
  it('unknown accounts and wrong passwords read alike, throttled or not', async () => {
    const known = await signIn(behindProxy.cms.url, { ...owner, password: 'wrong-password-2' }, '198.51.100.50')
    const unknown = await signIn(behindProxy.cms.url, { email: 'nobody@example.org', password: 'wrong-password-2' }, '198.51.100.50')
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    for (let i = 0; i < throttle.perAccountAndClient; i++) {
      await signIn(behindProxy.cms.url, { ...owner, password: `x-${i}` }, '198.51.100.60')
      await signIn(behindProxy.cms.url, { email: 'nobody@example.org', password: `x-${i}` }, '198.51.100.60')
    }
    const knownThrottled = await signIn(behindProxy.cms.url, { ...owner, password: 'x' }, '198.51.100.60')
    const unknownThrottled = await signIn(behindProxy.cms.url, { email: 'nobody@example.org', password: 'x' }, '198.51.100.60')
    expect(knownThrottled.status).toBe(429)
    expect(unknownThrottled).toEqual(knownThrottled)
  })
})

describe('password strength', () => {
  it.each(['Password1234', 'owner-example-2026!', 'qwertyuiop123', 'password'])('refuses %j with advice', async (password) => {
    const { status, body } = await behindProxy.api('/api/users', {
      method: 'POST',
      token: await behindProxy.login(admin),
      json: { email: 'owner-example@example.org', password, role: 'editor' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/รหัสผ่าน(ต้อง|นี้เดาง่าย)/)
  })

  it('accepts a passphrase', async () => {
    const { status } = await behindProxy.api('/api/users', {
      method: 'POST',
      token: await behindProxy.login(admin),
      json: { email: 'passphrase@example.org', password: 'Mango-sticky-rice-at-Wat-Arun', role: 'editor' },
    })
    expect(status).toBe(201)
  })
})
