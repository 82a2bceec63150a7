import type { GetImageResult, ImageMetadata } from 'astro'
import { getImage } from 'astro:assets'

const made = new Map<string, Promise<GetImageResult>>()

/** The Open Graph / Twitter card rendition of an image (JPEG, at most 1200 px wide), made once per image. */
export function ogImageOf(source: ImageMetadata): Promise<GetImageResult> {
  let image = made.get(source.src)
  if (!image) made.set(source.src, (image = getImage({ src: source, width: Math.min(1200, source.width), format: 'jpg' })))
  return image
}
