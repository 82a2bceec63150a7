/**
 * The Payload packages installed are one release, except the S3 storage adapter (with the cloud storage plugin it
 * brings) and the nodemailer e-mail adapter, whose newest release is 3.90.1: those must run on the one payload and UI
 * package installed (no second copy), which the package.json overrides arrange. Payload's own development check is
 * off for that pairing (cms/payload.config.ts); this test checks what it would, and more.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname
const version = (dir: string) => (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { version: string }).version
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
const behind = ['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage', '@payloadcms/email-nodemailer']

describe('Payload package versions', () => {
  const payload = version('node_modules/payload')

  it('every Payload package but those behind is the payload release, pinned exactly', () => {
    const names = Object.keys(manifest.dependencies).filter((name) => name.startsWith('@payloadcms/') && !behind.includes(name))
    expect(names.length).toBeGreaterThan(4)
    for (const name of names) expect([name, manifest.dependencies[name], version(`node_modules/${name}`)]).toEqual([name, payload, payload])
  })

  it('those behind are one release of the same minor version, on the one payload and UI installed', () => {
    const s3 = version('node_modules/@payloadcms/storage-s3')
    expect(manifest.dependencies['@payloadcms/storage-s3']).toBe(s3)
    for (const name of behind) expect([name, version(`node_modules/${name}`)]).toEqual([name, s3])
    expect(manifest.dependencies['@payloadcms/email-nodemailer']).toBe(s3)
    expect(s3.split('.').slice(0, 2)).toEqual(payload.split('.').slice(0, 2))
    for (const user of behind)
      for (const dependency of ['payload', '@payloadcms/ui']) expect(existsSync(join(root, 'node_modules', user, 'node_modules', dependency))).toBe(false)
  })
})
