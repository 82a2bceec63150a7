/** The admin list of a collection filtered by a query: where every number in the overview and the Translations view links. */
import type { Where } from 'payload'

/** Flattens a query into the bracketed parameters the admin's list view reads (`where[status][equals]=in-force`). */
function params(value: unknown, prefix: string, into: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => params(item, `${prefix}[${i}]`, into))
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) params(inner, `${prefix}[${key}]`, into)
  else into.push([prefix, String(value)])
  return into
}

export const listUrl = (adminRoute: string, collection: string, where: Where): string =>
  `${adminRoute}/collections/${collection}?${new URLSearchParams(params(where, 'where', []))}`
