/**
 * Media in an S3-compatible bucket (a real local server): uploads and their resized variants are stored there and
 * not on the CMS's disk, deleting removes every object, files are addressed through the CMS (never the bucket), and
 * exports read the files from the bucket.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import type { Media } from '../../cms/payload-types.ts'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { startS3Server, type S3Server } from '../support/s3Server.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

let s3: S3Server
let payload: Payload
let dataDir: string

beforeAll(async () => {
  s3 = await startS3Server()
  ;({ payload, dataDir } = await openTestCms(s3.env))
})
afterAll(() => s3?.close())

const jpeg = (width: number) =>
  sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer()

describe('media in object storage', () => {
  it('stores an upload and its resized variants in the bucket, not on the disk', async () => {
    const data = await jpeg(1800)
    const doc = (await payload.create({
      collection: 'media',
      locale: 'th',
      data: { alt: 'ท่าเรือ', visibility: 'public' },
      file: { name: 'harbour.jpg', data, mimetype: 'image/jpeg', size: data.length },
    })) as Media
    expect(await s3.keys()).toEqual(['harbour-1600x800.webp', 'harbour-400x200.webp', 'harbour-800x400.webp', 'harbour.jpg'])
    expect(doc.sizes?.card).toMatchObject({ width: 800, mimeType: 'image/webp' })
    expect(existsSync(join(dataDir, 'media')) ? readdirSync(join(dataDir, 'media')) : []).toEqual([])
    // Addressed through the CMS, which checks access; never by the bucket's own address.
    expect(doc.url).toBe('/api/media/file/harbour.jpg')
    expect(doc.sizes?.thumbnail?.url).toBe('/api/media/file/harbour-400x200.webp')
    expect(JSON.stringify(doc)).not.toContain(s3.endpoint)
  })

  it('removes the file and every variant from the bucket when the media item is deleted', async () => {
    const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: 'harbour.jpg' } } })
    await payload.delete({ collection: 'media', id: docs[0]!.id })
    expect(await s3.keys()).toEqual([])
  })

  it('exports a full backup and the public snapshot with the files read from the bucket', async () => {
    await importBundle(payload, cmsBundle)
    expect(await s3.keys()).toEqual(expect.arrayContaining(['mou.pdf', 'internal.pdf', 'fukuoka.jpg']))
    const full = await mkdtemp(join(tmpdir(), 'bma-s3-export-'))
    await exportBundle(payload, full, { includeInternal: true })
    expect(await diffTrees(cmsBundle, full)).toEqual([])

    const snapshot = await mkdtemp(join(tmpdir(), 'bma-s3-snapshot-'))
    await exportBundle(payload, snapshot)
    expect(await readFile(join(snapshot, 'media/cities/fukuoka.jpg'))).toEqual(await readFile(join(cmsBundle, 'media/cities/fukuoka.jpg')))
    expect(existsSync(join(snapshot, 'media/docs/internal.pdf'))).toBe(false)
  })
})
