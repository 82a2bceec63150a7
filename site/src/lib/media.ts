import type { ImageMetadata } from 'astro'
import { images } from 'virtual:bundle-media'

/** The bundle image at a media path, ready for Astro's image pipeline; undefined when the bundle has none. */
export async function mediaImage(path: string | undefined): Promise<ImageMetadata | undefined> {
  if (!path) return undefined
  return (await images[path]?.())?.default
}
