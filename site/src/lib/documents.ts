/** The downloadable documents of the public site: media files public content names that are not images. */
import { collections, fieldsOf, valuesAt } from '../../../content/schema/index.ts'
import type { SiteContent } from './publicContent.ts'

/** Images go through Astro's image pipeline (lib/media.ts); every other media file is a document to download. */
const image = /\.(jpe?g|png|webp|avif|gif|svg)$/i

/** Media paths of every document the public content names, each once, in a stable order. */
export function documentPaths(content: SiteContent): string[] {
  const paths = new Set<string>()
  for (const collection of collections) {
    const media = fieldsOf(collection).filter((f) => f.kind.media)
    for (const entry of content[collection]) {
      for (const { path } of media) for (const { value } of valuesAt(entry, path)) if (typeof value === 'string' && !image.test(value)) paths.add(value)
    }
  }
  return [...paths].sort()
}

/** Public URL of a downloadable document. */
export function documentUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`
}
