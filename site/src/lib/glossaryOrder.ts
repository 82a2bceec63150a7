/** A glossary in one language's order, cut into the groups of that language's jump bar. */
import type { GlossaryEntry } from '../../../content/schema/index.ts'
import { alphabet, initialGroup, otherGroup, sortBy } from './collation.ts'
import type { Locale } from './locales.ts'

/** What a term sorts by: its reading where one exists (Japanese kana), else the term as shown. */
export function termSortKey(entry: GlossaryEntry, lang: Locale): string {
  return entry.reading?.[lang] ?? entry.term[lang] ?? entry.reading?.th ?? entry.term.th
}

export interface Group {
  label: string
  terms: GlossaryEntry[]
}

/** Every group of the jump bar in order (empty ones too, so the bar shows the whole script), then "other". */
export function glossaryGroups(entries: readonly GlossaryEntry[], lang: Locale): Group[] {
  const sorted = sortBy(entries, lang, (entry) => termSortKey(entry, lang))
  const groups = new Map<string, GlossaryEntry[]>([...alphabet(lang), otherGroup].map((label) => [label, []]))
  for (const entry of sorted) {
    const romanization = entry.term[lang] ? entry.romanization?.[lang] : undefined
    const label = entry.term[lang] || lang === 'th' ? initialGroup(termSortKey(entry, lang), lang, romanization) : otherGroup
    ;(groups.get(label) ?? groups.get(otherGroup))!.push(entry)
  }
  return [...groups].map(([label, terms]) => ({ label, terms }))
}
