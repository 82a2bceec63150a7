/** `/{lang}/search/terms.json`: the term and city list the search page matches queries against (see lib/search/entries.ts). */
import type { APIRoute } from 'astro'
import { localePaths, type Locale } from '../../../lib/locales.ts'
import { siteTermList } from '../../../lib/search/siteTermLists.ts'

export const getStaticPaths = localePaths

export const GET: APIRoute = async ({ params }) => {
  const list = await siteTermList(params.lang as Locale)
  return new Response(JSON.stringify({ ...list, entries: list.entries.map(({ l: _l, x: _x, h: _h, ...entry }) => entry) }), {
    headers: { 'content-type': 'application/json' },
  })
}
