/**
 * Redirects from renamed slugs to the entry's pages, in every language: the URL contract says a renamed slug
 * leaves a redirect (partner cities and search engines keep their links). An entry's former slugs come from the
 * bundle (`previousSlugs`, kept by the CMS when an editor renames it). A former slug that a public entry of the same
 * collection now uses, or that two entries both once had, redirects nowhere: the page there wins, and there is no
 * guessing between two.
 */
import { pageCollections } from '../../../content/schema/index.ts'
import { locales } from './locales.ts'
import type { SiteContent } from './publicContent.ts'
import { urls } from './urls.ts'

export function slugRedirects(content: SiteContent): Record<string, string> {
  const redirects: Record<string, string> = {}
  for (const collection of pageCollections) {
    const entries: Array<{ slug: string; previousSlugs?: string[] }> = content[collection]
    const current = new Set(entries.map((e) => e.slug))
    const claims = new Map<string, string[]>()
    for (const e of entries) for (const old of e.previousSlugs ?? []) claims.set(old, [...(claims.get(old) ?? []), e.slug])
    for (const [old, [target, ...others]] of claims) {
      if (current.has(old) || others.length > 0) continue
      for (const lang of locales) redirects[urls.entry(collection, lang, old)] = urls.entry(collection, lang, target!)
    }
  }
  return redirects
}

/** Netlify's `_redirects` lines: forced, so the rule answers before the forwarding page. */
export const netlifyRedirects = (redirects: Record<string, string>): string =>
  Object.entries(redirects)
    .map(([from, to]) => `${from} ${to} 301!\n`)
    .join('')
