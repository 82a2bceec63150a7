/**
 * `npm start` as a careless operator meets it: bad configuration stops it with one line naming the variable and the
 * rule, before anything starts; a taken port is named; a start interrupted half-way leaves no process behind.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/cmsServer.ts'
import { processesUsing } from '../support/processesUsing.ts'
import { waitFor } from '../support/waitFor.ts'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `npm start` (scripts/start.ts) with the environment given; `until` may act while it runs. */
async function start(env: Record<string, string>, until?: (child: ReturnType<typeof spawn>) => Promise<void>): Promise<Run> {
  const child = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  await until?.(child)
  return { code: await exited, stdout, stderr }
}

const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })

async function environment(extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bma-start-'))
  return { DATA_DIR: dataDir, CMS_PORT: String(await freePort()), SITE_PORT: String(await freePort()), SEED_CONTENT: 'false', ...extra }
}

describe('bad configuration', () => {
  it.each([
    [{ ADMIN_EMAIL: 'somchai@example.org', ADMIN_PASSWORD: 'somchai-2026-bangkok' }, /^Configuration error: ADMIN_PASSWORD must not contain the e-mail name/],
    [{ ADMIN_PASSWORD: 'Password1234' }, /^Configuration error: ADMIN_PASSWORD is too easy to guess/],
    [{ DATABASE_URL: 'postgres://db/cms' }, /^Configuration error: DATABASE_URL must be mongodb:\/\/HOST\/DATABASE .* or file:/],
    [{ DATABASE_URL: 'mongodb://', PAYLOAD_SECRET: 'a'.repeat(32) }, /^Configuration error: DATABASE_URL must be/],
    [{ CMS_PUBLIC_URL: 'cms.example.org' }, /^Configuration error: CMS_PUBLIC_URL must be the admin’s origin alone/],
    [{ CMS_PUBLIC_URL: 'https://cms.example.org/admin' }, /^Configuration error: CMS_PUBLIC_URL must be the admin’s origin alone/],
    [{ CMS_PUBLIC_URL: 'http://cms.example.org' }, /^Configuration error: CMS_PUBLIC_URL must use https:\/\//],
    [{ DEPLOY_HOOK_URL: 'api.netlify.com/build_hooks/x' }, /^Configuration error: DEPLOY_HOOK_URL must be the https:\/\/ address/],
    [{ TRUSTED_PROXIES: '10.0.0.0/40' }, /^Configuration error: TRUSTED_PROXIES must list IP addresses or CIDR ranges/],
    [{ CMS_PORT: 'eighty' }, /^Configuration error: CMS_PORT must be a whole number from 1 to 65535/],
  ])('%j stops the start with one line', async (bad, message) => {
    const env = await environment(bad)
    const { code, stderr } = await start(env)
    expect(code).toBe(1)
    const lines = stderr.split('\n').filter((line) => line.trim())
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(processesUsing(env.DATA_DIR)).toEqual([])
  })
})

describe('a start that cannot finish', () => {
  it('names a port that is taken, and starts nothing', async () => {
    const env = await environment()
    const taken = createServer().listen(Number(env.SITE_PORT), '127.0.0.1')
    try {
      const { code, stderr } = await start(env)
      expect(code).toBe(1)
      expect(stderr.trim()).toMatch(new RegExp(`^SITE_PORT ${env.SITE_PORT} is in use`))
      expect(await listening(Number(env.CMS_PORT))).toBe(false)
    } finally {
      taken.close()
    }
  })

  it('interrupted once the CMS runs, leaves no process behind and frees the port', async () => {
    const env = await environment()
    const { code } = await start(env, async (child) => {
      await waitFor(() => listening(Number(env.CMS_PORT)), { timeout: 240_000, interval: 500, message: 'the CMS to listen' })
      child.kill('SIGINT')
    })
    expect(code).not.toBe(0)
    await waitFor(async () => !(await listening(Number(env.CMS_PORT))), { timeout: 30_000, message: 'the CMS port to be free' })
    await waitFor(() => processesUsing(env.DATA_DIR).length === 0, { timeout: 30_000, message: 'no process left' })
  }, 300_000)
})

describe('a first start', () => {
  it('seeds the new database and serves the site built from content/ beside the admin; Ctrl+C stops everything', async () => {
    const env = await environment({ SEED_CONTENT: 'true' })
    const term = JSON.parse(readFileSync('content/glossary/district-office.json', 'utf8')).term.th as string
    const page = async (url: string) => {
      try {
        const response = await fetch(url, { redirect: 'manual' })
        return response.status === 200 ? await response.text() : ''
      } catch {
        return ''
      }
    }
    const { code, stdout } = await start(env, async (child) => {
      await waitFor(async () => (await page(`http://127.0.0.1:${env.SITE_PORT}/th/glossary/district-office/`)).includes(term), {
        timeout: 1_500_000,
        interval: 1000,
        message: 'the seeded term on the public site',
      })
      await waitFor(async () => (await page(`http://127.0.0.1:${env.CMS_PORT}/admin/login`)) !== '', { timeout: 600_000, interval: 1000, message: 'the admin' })
      child.kill('SIGINT')
    })
    expect(code).not.toBe(0)
    expect(stdout).toMatch(/building the public site from content\//)
    await waitFor(() => processesUsing(env.DATA_DIR).length === 0, { timeout: 30_000, message: 'no process left' })
  }, 1_800_000)

  it('interrupted while it seeds and builds the site, leaves no process behind', async () => {
    const env = await environment({ SEED_CONTENT: 'true' })
    const { code } = await start(env, async (child) => {
      let out = ''
      child.stdout!.on('data', (chunk) => (out += chunk))
      await waitFor(() => out.includes('building the public site from content/'), { timeout: 600_000, message: 'the site build to start' })
      // Long enough for the site build and the seeding to be under way.
      await new Promise((done) => setTimeout(done, 5_000))
      child.kill('SIGINT')
    })
    expect(code).not.toBe(0)
    await waitFor(() => processesUsing(env.DATA_DIR).length === 0, { timeout: 30_000, message: 'no process left' })
  }, 900_000)
})
