/**
 * The compact list of glossary terms, cities and organisations the search page matches queries against in the
 * browser (`/{lang}/search/terms.json`): for each entry its title in this language, a short excerpt, and every form
 * a reader may type for it — the term or name and its aliases in every language, romanizations and readings —
 * folded once at build time by the same `fold` the browser applies to queries.
 */
import type { City, CollectionName, EntryOf, GlossaryEntry, Organization } from '../../../../content/schema/index.ts'
import { locales, type Locale } from '../locales.ts'
import { must } from '../localize.ts'
import { plainText } from '../plainText.ts'
import { urls } from '../urls.ts'
import type { SearchEntryType } from './entryTypes.ts'
import { fold } from './normalize.ts'
import { simplifiedTable } from './simplifiedTable.ts'

export interface SearchEntry {
  /** URL of the page. */
  u: string
  /** Type: `g` glossary term, `c` city, `o` organisation (`searchTypes` names them as Pagefind's `type` filter does). */
  y: SearchEntryType
  /** Title shown, in this language (or the Thai fallback). */
  t: string
  /** Short plain-text excerpt; replaced after indexing by `f` when Pagefind indexed the page. */
  e?: string
  /** Pagefind fragment of the page (`pagefind/{lang}/[{s}/]fragment/{f}.pf_fragment`), set by the Pagefind integration. */
  f?: string
  /** The index shard holding that fragment, when not the first (lib/search/indexShards.ts). */
  s?: number
  /** Folded keys; the first `p` are this language's own forms (on the English site, Latin-script forms follow). */
  k: string[]
  p: number
  /** Other forms in Latin script (romanizations, English) on the sites of other scripts, served apart: see `extraForms`. */
  l?: string[]
  /** Forms in other scripts (the other languages' terms and aliases), served apart: see `extraForms`. */
  x?: string[]
  /** On the Chinese and Japanese sites, the other Han language's forms (not in `x`), served apart: see `extraForms`. */
  h?: string[]
}

/** Latin letters, digits, spaces and punctuation only: romanizations, English, abbreviations. */
const latinOnly = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u

/** The other language written with Han characters, whose forms a Han query may be, on the Chinese and Japanese sites. */
export const otherHan: Partial<Record<Locale, Locale>> = { zh: 'ja', ja: 'zh' }

/**
 * Own forms stay in the term list; the other forms are served apart by script, so a query loads only what it can
 * match: Latin-script forms to `l` (on the English site they are its own script and stay), the other Han
 * language's to `h` (a Han query on the Chinese or Japanese site cannot tell by its letters which language it is
 * in), other scripts to `x`.
 */
function split(own: string[], others: string[], han: string[], lang: Locale): Pick<SearchEntry, 'k' | 'p' | 'l' | 'x' | 'h'> {
  const latin = others.filter((k) => latinOnly.test(k))
  const h = otherHan[lang] ? others.filter((k) => !latinOnly.test(k) && han.includes(k)) : []
  const x = others.filter((k) => !latinOnly.test(k) && !h.includes(k))
  const served = { x, ...(otherHan[lang] && { h }) }
  return lang === 'en' ? { k: [...own, ...latin], p: own.length, ...served } : { k: own, p: own.length, l: latin, ...served }
}

const excerptLength = 110

function unique(values: Array<string | undefined>, lang: Locale): string[] {
  return [
    ...new Set(
      values
        .filter((v): v is string => Boolean(v))
        .map((v) => fold(v, lang))
        .filter(Boolean),
    ),
  ]
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
  const hanLang = otherHan[lang]
  const han = hanLang ? unique([entry.term[hanLang], ...(entry.aliases?.[hanLang] ?? []), entry.reading?.[hanLang]], lang) : []
  return {
    u: urls.entry('glossary', lang, entry.slug),
    y: 'g',
    t: must(entry.term, lang).value,
    e: plainText(must(entry.definition, lang).value, excerptLength),
    ...split(own, others, han, lang),
  }
}

/**
 * The search entry of a named page (a city, an organisation): its names and aliases in this language are its own
 * forms; the names and aliases in the other languages, and any other name (a city's native name), the others.
 */
function namedEntry(
  page: {
    url: string
    type: SearchEntryType
    name: Partial<Record<Locale, string>> & { th: string }
    summary: Partial<Record<Locale, string>> & { th: string }
  },
  names: { aliases?: Partial<Record<Locale, string[]>>; also?: string[] },
  lang: Locale,
): SearchEntry {
  const { aliases = {}, also = [] } = names
  const formsIn = (l: Locale) => [page.name[l], ...(aliases[l] ?? [])]
  const own = unique([page.name[lang] ?? page.name.th, ...(aliases[lang] ?? [])], lang)
  const others = unique([...locales.filter((l) => l !== lang).flatMap(formsIn), ...also], lang).filter((k) => !own.includes(k))
  const hanLang = otherHan[lang]
  return {
    u: page.url,
    y: page.type,
    t: must(page.name, lang).value,
    e: plainText(must(page.summary, lang).value, excerptLength),
    ...split(own, others, hanLang ? unique(formsIn(hanLang), lang) : [], lang),
  }
}

export const cityEntry = (city: City, lang: Locale): SearchEntry =>
  namedEntry(
    { url: urls.entry('cities', lang, city.slug), type: 'c', name: city.name, summary: city.summary },
    { also: city.nativeName ? [city.nativeName.value] : [] },
    lang,
  )

export const organizationEntry = (organization: Organization, lang: Locale): SearchEntry =>
  namedEntry(
    { url: urls.entry('organizations', lang, organization.slug), type: 'o', name: organization.name, summary: organization.summary },
    { aliases: organization.aliases },
    lang,
  )

/**
 * Forms served apart from the term list, in its order: `latin` (`/{lang}/search/latin.json`, romanizations and
 * English on the sites of other scripts), `other-scripts` (`/{lang}/search/other-scripts.json`) and, on the Chinese
 * and Japanese sites, `han` (`/{lang}/search/han.json`, the other Han language's forms). The search page loads each
 * only when a query may match it, which keeps a first query 3–12 KB lighter for each.
 */
export const extraParts = { latin: 'l', 'other-scripts': 'x', han: 'h' } as const
export type ExtraPart = keyof typeof extraParts

/** The parts a language's site serves: Latin forms are the English site's own, `han` is for Chinese and Japanese. */
export const partsOf = (lang: Locale): ExtraPart[] =>
  (Object.keys(extraParts) as ExtraPart[]).filter((part) => (part === 'latin' ? lang !== 'en' : part === 'han' ? Boolean(otherHan[lang]) : true))

export function extraForms(list: TermList, part: ExtraPart): string[][] {
  return list.entries.map((e) => e[extraParts[part]] ?? [])
}

/** The term list of one language: entries, and for Chinese the Traditional → Simplified table queries need. */
export interface TermList {
  entries: SearchEntry[]
  simplified?: string
  /** How many index shards the search page merges, when more than one (set by the Pagefind integration). */
  shards?: number
}

/** The collections whose entries the search page matches by name, and how each becomes a search entry. */
const searchEntryOf = { glossary: termEntry, cities: cityEntry, organizations: organizationEntry } satisfies {
  [C in CollectionName]?: (entry: EntryOf<C>, lang: Locale) => SearchEntry
}
export type NamedContent = { [C in keyof typeof searchEntryOf]: EntryOf<C>[] }

/** `siteText` (all of the site's text, for the Chinese table) is asked for only on the Chinese site. */
export function termList(content: NamedContent, lang: Locale, siteText: () => string): TermList {
  const entries = [
    ...content.glossary.map((t) => searchEntryOf.glossary(t, lang)),
    ...content.cities.map((c) => searchEntryOf.cities(c, lang)),
    ...content.organizations.map((o) => searchEntryOf.organizations(o, lang)),
  ]
  return lang === 'zh' ? { entries, simplified: tableFor(siteText()) } : { entries }
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
