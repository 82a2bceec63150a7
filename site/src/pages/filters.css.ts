/**
 * The no-JavaScript filters of the glossary, city, organisation, agreement and activity indexes (a checked radio
 * hides the other list items): one rule per domain the glossary uses, per relationship type of the content schema,
 * and per facet value the record indexes use (lib/recordFilters.ts). Served as a stylesheet file, not inline CSS, so
 * the Content-Security-Policy (netlify.toml) can allow styles from this host only.
 */
import type { APIRoute } from 'astro'
import { relationships } from '../../../content/schema/index.ts'
import { siteContent } from '../lib/content.ts'
import { facetRules } from '../lib/recordFilters.ts'
import { activityListings, agreementListings, organizationListings } from '../lib/recordIndexes.ts'

export const GET: APIRoute = async () => {
  const content = await siteContent()
  const { glossary } = content
  const listings = [...organizationListings(content), ...agreementListings(content), ...activityListings(content)]
  const domains = [...new Set(glossary.flatMap((term) => term.domain ?? []))].sort()
  const rules = [
    ...domains.map((d) => `.glossary:has(#domain-${d}:checked) .terms li:not([data-domain="${d}"]){display:none}`),
    ...relationships.map((r) => `.cities:has(#rel-${r}:checked) li[data-relationship]:not([data-relationship="${r}"]){display:none}`),
    ...facetRules(listings.map((l) => l.facets)),
  ]
  return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
