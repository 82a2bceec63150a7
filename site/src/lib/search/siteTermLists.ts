/**
 * Each language's term list of this build's content, made once and shared by `terms.json` and the forms served
 * apart (`latin.json`, `other-scripts.json`), which are parts of the same list.
 */
import { siteContent } from '../content.ts'
import type { Locale } from '../locales.ts'
import { termList, type TermList } from './entries.ts'

const lists = new Map<Locale, Promise<TermList>>()

export function siteTermList(lang: Locale): Promise<TermList> {
  let list = lists.get(lang)
  if (!list) {
    list = siteContent().then((content) =>
      termList(content, lang, () =>
        JSON.stringify([content.glossary, content.cities, content.organizations, content.agreements, content.activities, content.news]),
      ),
    )
    lists.set(lang, list)
  }
  return list
}
