/**
 * Merges TBX concepts into a glossary: a concept matches the term whose slug its id is (`_` prefix dropped), else the
 * term whose slug its English term makes; a new concept's slug is its id when that is a slug, else made from its English term. For every language the file has, the term, its aliases, its
 * romanization and (when given) its definition are the file's; languages the file lacks keep theirs, as do fields TBX
 * does not carry (reading, staff fields); a domain, related terms or sources in the file replace the term's. Deprecated
 * and superseded terms are left out. Every problem is listed with its line; a merge with problems changes nothing.
 */
import { glossary as glossaryCollection, type GlossaryEntry } from '../schema/glossary.ts'
import type { Domain } from '../schema/domains.ts'
import { slugPattern } from '../schema/fields.ts'
import { localeFacts, locales, type Locale } from '../schema/locales.ts'
import { localeOfTag, romanizationTag, slugOfConceptId } from './dialect.ts'
import type { TbxConcept, TbxProblem, TbxTerm } from './read.ts'

export interface TbxMerge {
  /** The whole glossary after the merge, in slug order. */
  glossary: GlossaryEntry[]
  created: string[]
  updated: string[]
  problems: TbxProblem[]
}

/** A slug made from a term: ASCII letters and digits, lower case, joined by hyphens. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const conceptElement = (concept: TbxConcept) => `<conceptEntry id="${concept.id}">`
const allowedTags = locales.flatMap((l) => [localeFacts[l].tag, romanizationTag(l)]).join(', ')
const usable = (term: TbxTerm) => term.status !== 'deprecatedTerm-admn-sts' && term.status !== 'supersededTerm-admn-sts'

export function mergeTbx(concepts: TbxConcept[], current: GlossaryEntry[], domains: Domain[] = []): TbxMerge {
  const problems: TbxProblem[] = []
  const bySlug = new Map(current.map((entry) => [entry.slug, entry]))
  const problem = (line: number, element: string, reason: string) => problems.push({ line, element, reason })

  // Each concept's slug first: cross references may point forward.
  const slugOf = new Map<TbxConcept, string>()
  const conceptById = new Map(concepts.map((concept) => [concept.id, concept]))
  const claimed = new Map<string, TbxConcept>()
  for (const concept of concepts) {
    const fromId = slugOfConceptId(concept.id)
    const english = concept.languages.find((l) => localeOfTag(l.tag)?.locale === 'en' && !localeOfTag(l.tag)?.romanization)?.terms.find(usable)?.text
    const fromEnglish = english ? slugify(english) : ''
    // An existing term by id, then by its English term's slug; a new term takes its id when that is a slug (as this
    // site's export writes them), else its English term's.
    const slug = [fromId, fromEnglish].find((s) => bySlug.has(s)) ?? [fromId, fromEnglish].find((s) => slugPattern.test(s)) ?? ''
    if (!slug) {
      problem(
        concept.line,
        conceptElement(concept),
        `has an id that is not a slug and no English term to make one from: give the concept the slug of its term as id (e.g. id="sister-city")`,
      )
      continue
    }
    const other = claimed.get(slug)
    if (other) problem(concept.line, conceptElement(concept), `is the term "${slug}" again (also the concept on line ${other.line})`)
    claimed.set(slug, concept)
    slugOf.set(concept, slug)
  }

  const domainOf = (text: string): string | undefined => {
    const lower = text.toLowerCase()
    return (
      domains.find((d) => d.slug === text)?.slug ??
      domains.find((d) => Object.values(d.name).some((name) => name?.toLowerCase() === lower))?.slug ??
      (slugPattern.test(slugify(text)) ? slugify(text) : undefined)
    )
  }

  const created: string[] = []
  const updated: string[] = []
  for (const concept of concepts) {
    const slug = slugOf.get(concept)
    if (!slug) continue
    const before = bySlug.get(slug)
    const entry = structuredClone(before ?? ({ slug, term: {}, definition: {} } as unknown as GlossaryEntry))
    const term: Partial<Record<Locale, string>> = { ...entry.term }
    const definition: Partial<Record<Locale, string>> = { ...entry.definition }
    const aliases: Partial<Record<Locale, string[]>> = { ...entry.aliases }
    const romanization: Partial<Record<Locale, string>> = { ...entry.romanization }
    const seen = new Set<string>()

    for (const definitionOnConcept of concept.definitions) {
      const found = localeOfTag(definitionOnConcept.lang)
      if (!found || found.romanization)
        problem(definitionOnConcept.line, '<descrip type="definition">', `is in xml:lang="${definitionOnConcept.lang}", not a language of the glossary`)
      else definition[found.locale] = definitionOnConcept.text
    }
    for (const language of concept.languages) {
      const element = `<langSec xml:lang="${language.tag}">`
      const found = localeOfTag(language.tag)
      if (!found) {
        if (language.tag) problem(language.line, element, `is not a language of the glossary or a romanization of one (${allowedTags})`)
        continue
      }
      const key = `${found.locale}${found.romanization ? '-romanization' : ''}`
      if (seen.has(key))
        problem(
          language.line,
          element,
          `is a second language section for ${found.romanization ? `the romanization of ${found.locale}` : found.locale} in this concept`,
        )
      seen.add(key)
      const terms = language.terms.filter(usable)
      const preferred = terms.find((t) => t.status === 'preferredTerm-admn-sts') ?? (terms.every((t) => !t.status) ? terms[0] : undefined)
      if (found.romanization) {
        if (preferred) romanization[found.locale] = preferred.text
        continue
      }
      if (preferred) term[found.locale] = preferred.text
      const others = terms.filter((t) => t !== preferred).map((t) => t.text)
      if (others.length > 0) aliases[found.locale] = others
      else delete aliases[found.locale]
      if (language.definition) definition[found.locale] = language.definition
    }

    entry.term = term as GlossaryEntry['term']
    entry.definition = definition as GlossaryEntry['definition']
    if (Object.keys(aliases).length > 0) entry.aliases = aliases
    else delete entry.aliases
    if (Object.keys(romanization).length > 0) entry.romanization = romanization
    else delete entry.romanization
    if (concept.subjectField) {
      const domain = domainOf(concept.subjectField.text)
      if (domain) entry.domain = domain
      else
        problem(
          concept.subjectField.line,
          '<descrip type="subjectField">',
          `"${concept.subjectField.text}" is no domain of the glossary and cannot be made a slug`,
        )
    }
    if (concept.crossReferences.length > 0) {
      const related: string[] = []
      for (const ref of concept.crossReferences) {
        const target = conceptById.get(ref.target)
        const targetSlug = target ? slugOf.get(target) : bySlug.has(slugOfConceptId(ref.target)) ? slugOfConceptId(ref.target) : undefined
        if (!targetSlug) problem(ref.line, `<ref type="crossReference" target="${ref.target}">`, 'names no concept of this file and no term of the glossary')
        else if (targetSlug !== slug && !related.includes(targetSlug)) related.push(targetSlug)
      }
      entry.related = related
    }
    if (concept.sources.length > 0) entry.sources = concept.sources

    const parsed = glossaryCollection.schema.safeParse(entry)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.')
        const missingThai = issue.path.at(-1) === 'th' && issue.code === 'invalid_type'
        problem(
          concept.line,
          conceptElement(concept),
          missingThai ? `${field} is required: a term needs a Thai language section with its term and definition` : `${field} ${issue.message}`,
        )
      }
      continue
    }
    if (JSON.stringify(parsed.data) === JSON.stringify(before && glossaryCollection.schema.parse(before))) continue
    bySlug.set(slug, parsed.data)
    ;(before ? updated : created).push(slug)
  }
  const glossary = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  return { glossary, created, updated, problems: problems.sort((a, b) => a.line - b.line) }
}
