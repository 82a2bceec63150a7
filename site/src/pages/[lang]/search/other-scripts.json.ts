/** `/{lang}/search/other-scripts.json`: the term list's forms in other scripts (see lib/search/entries.ts). */
import type { APIRoute } from 'astro'
import { siteContent } from '../../../lib/content.ts'
import { localePaths, type Locale } from '../../../lib/locales.ts'
import { otherScripts, termList } from '../../../lib/search/entries.ts'

export const getStaticPaths = localePaths

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale
  const { glossary, cities } = await siteContent()
  return new Response(JSON.stringify(otherScripts(termList(glossary, cities, lang, ''))), { headers: { 'content-type': 'application/json' } })
}
