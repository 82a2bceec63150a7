import type { City } from '../../../content/schema/index.ts'

/** Media paths of the documents a public city profile offers for download. */
export function documentPaths(city: City): string[] {
  return (city.agreements ?? []).filter((a) => a.visibility !== 'internal' && a.document).map((a) => a.document as string)
}

/** Public URL of a downloadable document. */
export function documentUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`
}
