/**
 * What a Netlify build gets when the CMS keeps its media in a bucket (a real local S3 server): `npm run build`
 * from the CMS's public API (CMS_URL) and from the database plus the bucket (DATABASE_URL, S3_*) make the same
 * site, media included, on a machine that has none of the CMS's files. The CMS serves public files anonymously
 * from the bucket and refuses internal ones.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import { cmsBundle } from '../support/localCms.ts'
import { siteDifferences } from '../support/compareSites.ts'
import { filesUnder } from '../support/site.ts'
import { startS3Server, type S3Server } from '../support/s3Server.ts'

const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }
const cmsData = mkdtempSync(join(tmpdir(), 'bma-routes-cms-'))
let s3: S3Server
let cms: RunningCms

/** `npm run build` on a build machine: a fresh folder, none of the CMS's files, only the given variables. */
async function netlifyBuild(env: Record<string, string>): Promise<string> {
  const machine = mkdtempSync(join(tmpdir(), 'bma-routes-build-'))
  const out = join(machine, 'dist')
  const clean: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(machine, 'data'), SITE_OUT_DIR: out, ...env }
  for (const name of ['DATABASE_URL', 'CMS_URL', 'S3_BUCKET'].filter((n) => !(n in env))) delete clean[name]
  await promisify(execFile)('node_modules/.bin/tsx', ['scripts/build.ts'], { env: clean, maxBuffer: 64 * 1024 * 1024 })
  return out
}

beforeAll(async () => {
  s3 = await startS3Server()
  cms = await startCms({
    quiet: true,
    env: { ...s3.env, DATA_DIR: cmsData, CONTENT_DIR: cmsBundle, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, JOB_RUNNER: 'off' },
  })
}, 300_000)

afterAll(async () => {
  await cms?.stop()
  await s3?.close()
})

describe('the site build with media in a bucket', () => {
  it('the CMS keeps the seeded files in the bucket and serves them through its access checks', async () => {
    expect(await s3.keys()).toEqual(expect.arrayContaining(['fukuoka.jpg', 'delegation-visit.jpg', 'mou.pdf', 'internal.pdf']))
    const mou = await fetch(`${cms.url}/api/media/file/mou.pdf`)
    expect(mou.status).toBe(200)
    expect(Buffer.from(await mou.arrayBuffer())).toEqual(readFileSync(join(cmsBundle, 'media/docs/mou.pdf')))
    const variant = (await s3.keys()).find((key) => /^fukuoka-\d+x\d+\.webp$/.test(key))!
    expect((await fetch(`${cms.url}/api/media/file/${variant}`)).status).toBe(200)

    expect((await fetch(`${cms.url}/api/media/file/internal.pdf`)).status).toBe(403)
    const { token } = (await (
      await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    ).json()) as {
      token: string
    }
    const asStaff = await fetch(`${cms.url}/api/media/file/internal.pdf`, { headers: { Authorization: `JWT ${token}` } })
    expect(asStaff.status).toBe(200)
    expect(Buffer.from(await asStaff.arrayBuffer())).toEqual(readFileSync(join(cmsBundle, 'media/docs/internal.pdf')))
    // Anonymous readers of the API are pointed at the CMS, never at the bucket.
    const media = await (await fetch(`${cms.url}/api/media?limit=100`)).text()
    expect(media).not.toContain(s3.endpoint)
    expect(media).not.toContain('internal.pdf')
  })

  it('builds the same site from the CMS_URL route and from the database and bucket, media included', async () => {
    const overHttp = await netlifyBuild({ CMS_URL: cms.url })
    const fromDatabase = await netlifyBuild({ DATABASE_URL: `file:${join(cmsData, 'cms.db')}`, ...s3.env })
    expect(await siteDifferences(overHttp, fromDatabase)).toEqual([])
    const files = filesUnder(fromDatabase)
    expect(files.some((file) => /mou.*\.pdf$/.test(file))).toBe(true)
    expect(files.some((file) => /fukuoka.*\.(webp|jpg|avif)$/.test(file))).toBe(true)
    expect(files.some((file) => /internal.*\.pdf$/.test(file))).toBe(false)
  }, 600_000)
})
