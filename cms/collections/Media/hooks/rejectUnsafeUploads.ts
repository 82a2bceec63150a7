import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'
import type { MessageKey } from '../../../i18n/messages.ts'
import { reqText } from '../../../i18n/translate.ts'

/** Larger images are refused before decoding: a small file can expand to gigabytes of pixels (a decompression bomb). */
export const maxImagePixels = Number(process.env.MAX_IMAGE_PIXELS ?? 40_000_000)
const rasterFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'heif'])

/**
 * Checks an uploaded file by its content, not its name: a PDF, or a raster image sharp can read whose pixel count
 * is within the limit. Anything else is refused with a message saying what was wrong, before any file is written.
 */
export const rejectUnsafeUploads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')) return args
  const refuse = (key: MessageKey, vars: Record<string, unknown> = {}): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: reqText(req, key, { file: file.name, ...vars }) }] })
  }
  const data = file.data
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return args
  let width = 0
  let height = 0
  let format: string | undefined
  try {
    const meta = await sharp(data, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
    format = meta.format
  } catch {
    refuse('uploadUnreadable')
  }
  if (!format || !rasterFormats.has(format)) refuse('uploadWrongFormat', { format: format ?? '?' })
  if (width * height > maxImagePixels) {
    refuse('uploadTooManyPixels', { width, height, megapixels: ((width * height) / 1e6).toFixed(1), max: (maxImagePixels / 1e6).toFixed(0) })
  }
  try {
    // Decoded whole, but into a tiny image: a truncated or corrupt file fails like a full decode would, for a tenth
    // of the work (JPEG and WebP shrink while decoding); the sizes the CMS keeps are made from it afterwards.
    await sharp(data, { limitInputPixels: maxImagePixels }).resize({ width: 32, height: 32, fit: 'inside' }).raw().toBuffer()
  } catch {
    refuse('uploadUndecodable')
  }
  return args
}
