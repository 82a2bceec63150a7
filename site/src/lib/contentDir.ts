import { resolve } from 'node:path'

/** The content bundle the site is built from: BMA_CONTENT_DIR, or the repository's own content/ folder. */
export function contentDir(): string {
  return resolve(process.env.BMA_CONTENT_DIR ?? new URL('../../../content', import.meta.url).pathname)
}
