/**
 * How the glossary is written in TBX-Basic (ISO 30042:2019, data categories as attributes), both ways: the namespace,
 * the data categories and picklist values TBX-Basic allows, how a slug becomes a concept id, how romanizations are
 * tagged, and which aliases are abbreviations. content/README.md ("Glossary as TBX") describes the mapping.
 */
import { localeFacts, locales, type Locale } from '../schema/locales.ts'

/** The TBX v3 namespace as the TBX-Basic dialect's published schemas use it; files in the ISO text's `ed-2` form are read too. */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed:3.0'
export const tbxNamespaces = [tbxNamespace, 'urn:iso:std:iso:30042:ed-2']
export const dialect = 'TBX-Basic'

/** The published TBX-Basic schemas (RELAX NG for the core structure, Schematron for the dialect's rules). */
export const schemaLocations = {
  rng: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng',
  sch: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch',
}

/** TBX-Basic's data categories, by the element that carries them (its RELAX NG schema's `*.types`). */
export const dataCategories = {
  admin: ['customerSubset', 'projectSubset', 'source'],
  descrip: ['context', 'definition', 'subjectField'],
  ref: ['crossReference'],
  transac: ['transactionType'],
  transacNote: ['responsibility'],
  xref: ['externalCrossReference', 'xGraphic'],
  termNote: ['administrativeStatus', 'grammaticalGender', 'geographicalUsage', 'partOfSpeech', 'termLocation', 'termType'],
} as const

export const termTypes = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'] as const
export type TermType = (typeof termTypes)[number]
export const administrativeStatuses = ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts'] as const
export type AdministrativeStatus = (typeof administrativeStatuses)[number]

/** A concept's id: its slug, which an XML ID may not begin with a digit, so `2030-agenda` becomes `_2030-agenda`. */
export const conceptId = (slug: string): string => (/^[a-z]/.test(slug) ? slug : `_${slug}`)
export const slugOfConceptId = (id: string): string => id.replace(/^_/, '')

/**
 * The language section a locale's romanization goes in: its BCP 47 transcription tag (`th-Latn`, `zh-Latn-pinyin`,
 * `ja-Latn`, `ko-Latn`); English, already Latin, as `en-Latn`. TBX-Basic has no romanization data category.
 */
export const romanizationTag = (locale: Locale): string => {
  const { tag, romanization } = localeFacts[locale]
  return romanization === tag ? `${tag}-Latn` : romanization
}

/** The locale a language section's `xml:lang` names: a glossary language (regions allowed, Chinese Simplified only) or its romanization. */
export function localeOfTag(tag: string): { locale: Locale; romanization: boolean } | undefined {
  const lower = tag.toLowerCase()
  for (const locale of locales) if (romanizationTag(locale).toLowerCase() === lower) return { locale, romanization: true }
  if (lower === 'zh-latn') return { locale: 'zh', romanization: true }
  const [language, ...rest] = lower.split('-')
  if (language === 'zh') {
    const traditional = rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part))
    return traditional ? undefined : { locale: 'zh', romanization: false }
  }
  if (rest.some((part) => part === 'latn') && language !== 'en') return undefined
  return locales.includes(language as Locale) ? { locale: language as Locale, romanization: false } : undefined
}

/**
 * The term type of an alias: an abbreviation when it is written as one (a full stop, as in `กทม.`, or capitals only,
 * as in `BMA`), otherwise a variant. TBX-Basic's acronym is a kind of abbreviation that the glossary does not tell apart.
 */
export const aliasTermType = (alias: string): TermType => (/\.$/u.test(alias) || /^\p{Lu}[\p{Lu}\d&-]+$/u.test(alias) ? 'abbreviation' : 'variant')
