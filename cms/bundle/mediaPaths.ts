/**
 * The path a media item has in a bundle, both ways: where a bundle import put it (`bundlePath`), or
 * `uploads/{filename}` for a file uploaded in the admin. Exports write these paths and imports find items by them,
 * so a file uploaded in the admin is the same item when a backup or a spreadsheet names it again.
 */
import type { Where } from 'payload'
import { isDoc } from './documents.ts'

const uploads = 'uploads/'

/** A media item's path in a bundle, or undefined for something that is not a stored media item. */
export function bundlePathOf(media: unknown): string | undefined {
  if (!isDoc(media) || !media.filename) return undefined
  return typeof media.bundlePath === 'string' ? media.bundlePath : `${uploads}${media.filename}`
}

/** The query that finds the media items at these bundle paths. */
export function mediaAtPaths(paths: string[]): Where {
  const uploaded = paths.filter((path) => path.startsWith(uploads)).map((path) => path.slice(uploads.length))
  return { or: [{ bundlePath: { in: paths } }, { and: [{ bundlePath: { exists: false } }, { filename: { in: uploaded } }] }] }
}
