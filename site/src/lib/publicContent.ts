/**
 * The public content of a bundle: drafts and entries that are not public dropped, staff-only fields and non-public
 * items removed with `toPublic`, and references to anything not public pruned, so no page can render or link what
 * the public may not see. A pure function of the bundle's entries: the site's pages and the incremental build's page
 * keys both use it.
 */
import { isPublicEntry, pruneReferences, toPublic } from '../../../content/bundle.ts'
import { bundleOf, collections, type Bundle, type CollectionName, type EntryOf, type NewsItem } from '../../../content/schema/index.ts'
import { timeOf } from './dates.ts'

export type SiteContent = Bundle & {
  /** Each collection's public entries by slug. */
  bySlug: { [C in CollectionName]: Map<string, EntryOf<C>> }
  /** News items naming each city, newest first. */
  newsOfCity: Map<string, NewsItem[]>
}

/** The order entries are listed in where a collection has one of its own; others keep the bundle's (slug) order. */
const order: { [C in CollectionName]?: (a: EntryOf<C>, b: EntryOf<C>) => number } = {
  news: (a, b) => timeOf(b.date) - timeOf(a.date) || a.slug.localeCompare(b.slug),
}

export function publicContent(raw: Bundle): SiteContent {
  const visible = bundleOf((c) => raw[c].filter((entry) => isPublicEntry(c, entry)).map((entry) => toPublic(c, entry)))
  const slugs = new Map(collections.map((c) => [c as string, new Set(visible[c].map((entry) => entry.slug))]))
  const entries = bundleOf((c) => {
    const pruned = visible[c].map((entry) => pruneReferences(c, entry, (target, slug) => slugs.get(target)?.has(slug) ?? false))
    const compare = order[c] as ((a: EntryOf<typeof c>, b: EntryOf<typeof c>) => number) | undefined
    return compare ? pruned.sort(compare) : pruned
  })

  const newsOfCity = new Map<string, NewsItem[]>()
  for (const item of entries.news) for (const slug of item.cities ?? []) newsOfCity.set(slug, [...(newsOfCity.get(slug) ?? []), item])

  const bySlug = Object.fromEntries(collections.map((c) => [c, new Map(entries[c].map((entry) => [entry.slug, entry]))])) as SiteContent['bySlug']
  return { ...entries, bySlug, newsOfCity }
}
