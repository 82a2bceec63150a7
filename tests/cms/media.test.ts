/** Uploads through the media collection: images resized to WebP; non-images, corrupt files and pixel bombs refused. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTestCms } from '../support/localCms.ts'
import { rejection } from '../support/rejection.ts'
import type { Json } from '../support/json.ts'

let payload: Payload
let dataDir: string

beforeAll(async () => {
  ;({ payload, dataDir } = await openTestCms())
})

const upload = (name: string, data: Buffer, mimetype: string, alt = 'ภาพ') =>
  payload.create({ collection: 'media', locale: 'th', data: { alt, visibility: 'public' }, file: { name, data, mimetype, size: data.length } })

describe('media uploads', () => {
  it('resize a valid image into WebP sizes', async () => {
    const jpeg = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer()
    const doc = (await upload('harbour.jpg', jpeg, 'image/jpeg')) as Json
    expect(doc.width).toBe(2000)
    expect(doc.sizes.card).toMatchObject({ width: 800, mimeType: 'image/webp' })
    expect(doc.sizes.hero.width).toBe(1600)
    expect(existsSync(join(dataDir, 'media', doc.sizes.thumbnail.filename))).toBe(true)
  })

  it('refuse a text file dressed as a JPEG', async () => {
    const message = await rejection(upload('notes.jpg', Buffer.from('just some text, not an image'), 'image/jpeg'))
    expect(message).toMatch(/notes\.jpg: ไม่ใช่ภาพหรือ PDF ที่อ่านได้/)
  })

  it('refuse a corrupt (truncated) image', async () => {
    const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#aa3300' } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const message = await rejection(upload('broken.png', png.subarray(0, png.length / 3), 'image/png'))
    expect(message).toMatch(/broken\.png: (เปิดภาพไม่ได้|ไม่ใช่ภาพหรือ PDF ที่อ่านได้)/)
  })

  it('refuse an image with too many pixels (decompression bomb) before decoding it', async () => {
    const bomb = await sharp({ create: { width: 7_000, height: 7_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer()
    expect(bomb.length).toBeLessThan(1_000_000)
    const message = await rejection(upload('bomb.png', bomb, 'image/png'))
    expect(message).toMatch(/bomb\.png: ภาพขนาด 7000×7000 พิกเซล \(49\.0 ล้านพิกเซล\) ภาพต้องไม่เกิน 40 ล้านพิกเซล/)
  })

  it('refuse SVG (it can carry script)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const message = await rejection(upload('logo.svg', svg, 'image/svg+xml'))
    expect(message).toMatch(/logo\.svg: เป็นไฟล์ svg/)
  })

  it('require alternative text in Thai', async () => {
    const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer()
    const message = await rejection(upload('no-alt.jpg', jpeg, 'image/jpeg', ''))
    expect(message).toMatch(/ช่องนี้ต้องกรอกเป็นภาษาไทย/)
  })

  it('nothing is stored for a refused upload', async () => {
    const { docs } = await payload.find({ collection: 'media', limit: 100 })
    expect(docs.map((d) => d.filename)).toEqual(['harbour.jpg'])
  })
})
