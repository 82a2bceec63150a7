/**
 * The no-JavaScript filters of the organisation, agreement and activity indexes: each list item (and each group of
 * items) carries its values of each facet as a `data-{facet}` word list; a checked radio button `#{facet}-{value}`
 * hides, through one `:has()` rule per value (served by pages/filters.css.ts, no inline CSS), every element whose
 * list lacks the value. A group carries the values of all its items, so a group is hidden with its last item.
 */
import type { Shown } from './localize.ts'

export const facets = ['kind', 'status', 'country', 'sector', 'year'] as const
export type Facet = (typeof facets)[number]
/** An item's (or group's) values of each facet it has. Values are slugs, country codes or years: safe in CSS as they are. */
export type FacetValues = Partial<Record<Facet, string[]>>

/** A facet's radio buttons on an index: its values in the order shown, each with its label in the page's language. */
export interface FilterGroup {
  facet: Facet
  options: Array<{ value: string; label: Shown<string> }>
}

/** The radio button of a value. `--` cannot occur in a slug, so "all" never meets a value of that name. */
export const optionId = (facet: Facet, value: string) => `${facet}-${value}`
export const allId = (facet: Facet) => `${facet}--all`

/** The `data-*` attributes of an element with these facet values (an empty list still marks the element). */
export function facetAttributes(values: FacetValues): Record<string, string> {
  return Object.fromEntries(facets.flatMap((f) => (values[f] ? [[`data-${f}`, [...new Set(values[f])].join(' ')]] : [])))
}

/** The values of a group: every value of any of its items. */
export function unionOf(items: FacetValues[]): FacetValues {
  const union: FacetValues = {}
  for (const item of items) for (const f of facets) if (item[f]) union[f] = [...new Set([...(union[f] ?? []), ...item[f]])]
  return union
}

/** The stylesheet rules for every value the items use, each once, in a stable order. */
export function facetRules(items: FacetValues[]): string[] {
  const used = unionOf(items)
  return facets.flatMap((f) =>
    [...(used[f] ?? [])].sort().map((v) => `.records:has(#${optionId(f, v)}:checked) [data-${f}]:not([data-${f}~="${v}"]){display:none}`),
  )
}
