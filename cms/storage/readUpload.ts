/**
 * Copies a stored media file to a path on this machine, from wherever the media collection keeps its files: the
 * storage adapter's own reader when one is configured (the bucket), else the upload folder. Exports and backups use
 * it, so a snapshot taken on any machine holds the files, not only on the one that received the upload.
 */
import { createWriteStream } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { createLocalReq, type Payload } from 'payload'

export async function copyUploadTo(payload: Payload, media: { id: number | string; filename: string } & Record<string, unknown>, to: string): Promise<void> {
  const upload = payload.collections.media.config.upload
  if (upload.handlers?.length) {
    const req = await createLocalReq({}, payload)
    for (const handler of upload.handlers) {
      const response = await handler(req, { doc: media, headers: new Headers(), params: { collection: 'media', filename: media.filename } })
      if (!(response instanceof Response)) continue
      if (!response.ok || !response.body) throw new Error(`media/${media.filename}: the storage answered ${response.status} ${response.statusText}`.trim())
      await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(to))
      return
    }
  }
  await copyFile(join(upload.staticDir ?? 'media', media.filename), to)
}
