/**
 * The compact list of glossary terms and cities the search page matches queries against in the browser
 * (`/{lang}/search/terms.json`): for each entry its title in this language, a short excerpt, and every form a
 * reader may type for it — the term and its aliases in every language, romanizations and readings — folded
 * once at build time by the same `fold` the browser applies to queries.
 */
import type { City, GlossaryEntry } from '../../../../content/schema.ts'
import { locales, type Locale } from '../locales.ts'
import { must } from '../localize.ts'
import { plainText } from '../plainText.ts'
import { urls } from '../urls.ts'
import { fold } from './normalize.ts'
import { simplifiedTable } from './simplifiedTable.ts'

export interface SearchEntry {
  /** URL of the page. */
  u: string
  /** Type: `g` glossary term, `c` city. */
  y: 'g' | 'c'
  /** Title shown, in this language (or the Thai fallback). */
  t: string
  /** Short plain-text excerpt; replaced after indexing by `f` when Pagefind indexed the page. */
  e?: string
  /** Pagefind fragment of the page (`pagefind/fragment/{f}.pf_fragment`), set by the Pagefind integration. */
  f?: string
  /** Folded keys; the first `p` are this language's own forms, the rest romanizations and Latin-script forms. */
  k: string[]
  p: number
  /** Forms in other scripts (the other languages' terms and aliases), served apart: see `otherScripts`. */
  x?: string[]
}

/** Latin letters, digits, spaces and punctuation only: romanizations, English, abbreviations. */
const latinOnly = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u

/** Own forms, then other forms in Latin script, kept in the term list; other scripts go to `x`. */
function split(own: string[], others: string[]): Pick<SearchEntry, 'k' | 'p' | 'x'> {
  return { k: [...own, ...others.filter((k) => latinOnly.test(k))], p: own.length, x: others.filter((k) => !latinOnly.test(k)) }
}

const excerptLength = 110

function unique(values: Array<string | undefined>, lang: Locale): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)).map((v) => fold(v, lang)).filter(Boolean))]
}

export function termEntry(entry: GlossaryEntry, lang: Locale): SearchEntry {
  const own = unique([entry.term[lang] ?? entry.term.th, ...(entry.aliases?.[lang] ?? []), entry.reading?.[lang]], lang)
  const others = unique(
    [
      ...locales.filter((l) => l !== lang).flatMap((l) => [entry.term[l], ...(entry.aliases?.[l] ?? []), entry.reading?.[l]]),
      ...locales.map((l) => entry.romanization?.[l]),
    ],
    lang,
  ).filter((k) => !own.includes(k))
  return {
    u: urls.term(lang, entry.slug),
    y: 'g',
    t: must(entry.term, lang).value,
    e: plainText(must(entry.definition, lang).value, excerptLength),
    ...split(own, others),
  }
}

export function cityEntry(city: City, lang: Locale): SearchEntry {
  const own = unique([city.name[lang] ?? city.name.th], lang)
  const others = unique([...locales.filter((l) => l !== lang).map((l) => city.name[l]), city.nativeName?.value], lang).filter((k) => !own.includes(k))
  return {
    u: urls.city(lang, city.slug),
    y: 'c',
    t: must(city.name, lang).value,
    e: plainText(must(city.summary, lang).value, excerptLength),
    ...split(own, others),
  }
}

/**
 * The other scripts' forms of each entry, in the term list's order (`/{lang}/search/other-scripts.json`): the
 * search page loads them only when a query is written in a script other than Latin and the site's own, which
 * keeps the first query of most readers about 12 KB lighter.
 */
export function otherScripts(list: TermList): string[][] {
  return list.entries.map((e) => e.x ?? [])
}

/** The term list of one language: entries, and for Chinese the Traditional → Simplified table queries need. */
export interface TermList {
  entries: SearchEntry[]
  simplified?: string
}

export function termList(glossary: GlossaryEntry[], cities: City[], lang: Locale, allText: string): TermList {
  const entries = [...glossary.map((t) => termEntry(t, lang)), ...cities.map((c) => cityEntry(c, lang))]
  return lang === 'zh' ? { entries, simplified: tableFor(allText) } : { entries }
}

/**
 * Only the pairs whose Simplified character occurs somewhere in the site's text: turning a Traditional
 * character into one the site never uses cannot make a query match, so those pairs need not be downloaded.
 */
function tableFor(text: string): string {
  const used = new Set(text)
  return simplifiedTable
    .split('|')
    .filter((pair) => used.has(pair.split(' ')[1] ?? ''))
    .join('|')
}
