/**
 * `/{lang}/search/latin.json`, `/{lang}/search/other-scripts.json` and, on the Chinese and Japanese sites,
 * `/{lang}/search/han.json`: the term list's forms served apart, loaded by the search page only for a query that may
 * match them (see lib/search/entries.ts). The English site's Latin forms are in its term list.
 */
import type { APIRoute } from 'astro'
import { locales, type Locale } from '../../../lib/locales.ts'
import { extraForms, partsOf, type ExtraPart } from '../../../lib/search/entries.ts'
import { siteTermList } from '../../../lib/search/siteTermLists.ts'

export const getStaticPaths = () => locales.flatMap((lang) => partsOf(lang).map((part) => ({ params: { lang, part } })))

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(extraForms(await siteTermList(params.lang as Locale), params.part as ExtraPart)), {
    headers: { 'content-type': 'application/json' },
  })
