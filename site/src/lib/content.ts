/** The public content of the bundle Astro loaded (see publicContent), computed once per build. */
import { getCollection } from 'astro:content'
import type { CollectionName, EntryOf } from '../../../content/schema.ts'
import { publicContent, type SiteContent } from './publicContent.ts'

export type { SiteContent } from './publicContent.ts'

let loaded: Promise<SiteContent> | undefined

export function siteContent(): Promise<SiteContent> {
  return (loaded ??= load())
}

const entries = async <C extends CollectionName>(collection: C) => (await getCollection(collection)).map((entry) => entry.data as EntryOf<C>)

async function load(): Promise<SiteContent> {
  const [glossary, cities, news] = await Promise.all([entries('glossary'), entries('cities'), entries('news')])
  return publicContent({ glossary, cities, news })
}
