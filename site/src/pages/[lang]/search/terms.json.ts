/** `/{lang}/search/terms.json`: the term and city list the search page matches queries against (see lib/search/entries.ts). */
import type { APIRoute } from 'astro'
import { siteContent } from '../../../lib/content.ts'
import { localePaths, type Locale } from '../../../lib/locales.ts'
import { termList } from '../../../lib/search/entries.ts'

export const getStaticPaths = localePaths

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale
  const { glossary, cities, news } = await siteContent()
  const list = termList(glossary, cities, lang, JSON.stringify([glossary, cities, news]))
  return new Response(JSON.stringify({ ...list, entries: list.entries.map(({ l: _l, x: _x, ...entry }) => entry) }), { headers: { 'content-type': 'application/json' } })
}
