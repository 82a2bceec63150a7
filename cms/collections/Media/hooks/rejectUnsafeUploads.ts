import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

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
  const refuse = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: `${file.name}: ${message}` }] })
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
    refuse('is not a readable image or PDF (the file is corrupt or of another type). Upload a JPEG, PNG, WebP, AVIF or PDF file.')
  }
  if (!format || !rasterFormats.has(format)) refuse(`is a ${format ?? 'unknown'} file; upload a JPEG, PNG, WebP, AVIF or PDF file.`)
  if (width * height > maxImagePixels) {
    refuse(
      `is ${width}×${height} pixels (${((width * height) / 1e6).toFixed(1)} MP); images may have at most ${(maxImagePixels / 1e6).toFixed(0)} MP. Resize it and upload again.`,
    )
  }
  try {
    await sharp(data, { limitInputPixels: maxImagePixels }).stats()
  } catch {
    refuse('could not be decoded: the image data is corrupt or truncated.')
  }
  return args
}
