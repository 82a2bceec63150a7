/**
 * The public content of the bundle (see publicContent), read once per build with the project's one bundle reader
 * (`readBundle`: the zod schemas of content/schema.ts, every problem listed). Not through Astro's content
 * collections: they validated the same files a second time and wrote and re-read a data store of the whole bundle
 * on every build, about 2 s of an incremental build at 10,000 pages (measured), for nothing the pages use.
 */
import { readBundle } from '../../../content/bundle.ts'
import { contentDir } from './contentDir.ts'
import { publicContent, type SiteContent } from './publicContent.ts'

export type { SiteContent } from './publicContent.ts'

let loaded: Promise<SiteContent> | undefined

export function siteContent(): Promise<SiteContent> {
  return (loaded ??= readBundle(contentDir()).then(publicContent))
}
