/**
 * Redirects from an entry's former URLs to its pages, in every language: the URL contract says a renamed slug
 * leaves a redirect, and a public URL never breaks (partner cities and search engines keep their links). An entry's
 * former URLs come from the bundle: its `previousSlugs` (kept by the CMS when an editor renames it) and, for an entry
 * that moved from another collection (an organisation v1 bundles filed as a city), `movedFrom` (`cities/citynet`).
 * A former URL that a public entry uses now, or that two entries both claim, redirects nowhere: the page there
 * wins, and there is no guessing between two.
 */
import { pageCollections, type PageCollection } from '../../../content/schema/index.ts'
import { locales } from './locales.ts'
import type { SiteContent } from './publicContent.ts'
import { urls } from './urls.ts'

type Place = { collection: PageCollection; slug: string }

/** The places an entry of a collection was filed at before: its former slugs, and where it moved from. */
function formerPlaces(collection: PageCollection, entry: { previousSlugs?: string[]; movedFrom?: string[] }): Place[] {
  const moved = (entry.movedFrom ?? []).flatMap((path): Place[] => {
    const [from = '', slug = ''] = path.split('/')
    const formerCollection = pageCollections.find((c) => c === from)
    return formerCollection ? [{ collection: formerCollection, slug }] : []
  })
  return [...(entry.previousSlugs ?? []).map((slug) => ({ collection, slug })), ...moved]
}

export function slugRedirects(content: SiteContent): Record<string, string> {
  const key = ({ collection, slug }: Place) => `${collection}/${slug}`
  const claims = new Map<string, { from: Place; targets: Map<string, Place> }>()
  for (const collection of pageCollections) {
    const entries: Array<{ slug: string; previousSlugs?: string[]; movedFrom?: string[] }> = content[collection]
    for (const entry of entries) {
      const target = { collection, slug: entry.slug }
      for (const from of formerPlaces(collection, entry)) {
        const claim = claims.get(key(from)) ?? { from, targets: new Map() }
        claim.targets.set(key(target), target)
        claims.set(key(from), claim)
      }
    }
  }
  const redirects: Record<string, string> = {}
  for (const { from, targets } of claims.values()) {
    const [target, ...others] = targets.values()
    if (others.length > 0 || content.bySlug[from.collection].has(from.slug)) continue
    for (const lang of locales) redirects[urls.entry(from.collection, lang, from.slug)] = urls.entry(target!.collection, lang, target!.slug)
  }
  return redirects
}

/** Netlify's `_redirects` lines: forced, so the rule answers before the forwarding page. */
export const netlifyRedirects = (redirects: Record<string, string>): string =>
  Object.entries(redirects)
    .map(([from, to]) => `${from} ${to} 301!\n`)
    .join('')
