/**
 * How the glossary is written in TBX-Basic (ISO 30042:2019, data categories as attributes), both ways: the namespace,
 * the data categories and picklist values TBX-Basic allows, how a slug becomes a concept id, how romanizations are
 * tagged, and which aliases are abbreviations. content/README.md ("Glossary as TBX") describes the mapping.
 */
import { type Locale } from '../schema/locales.ts'
/** The TBX v3 namespace as the TBX-Basic dialect's published schemas use it; files in the ISO text's `ed-2` form are read too. */
export declare const tbxNamespace = 'urn:iso:std:iso:30042:ed:3.0'
export declare const tbxNamespaces: string[]
export declare const dialect = 'TBX-Basic'
/** The published TBX-Basic schemas (RELAX NG for the core structure, Schematron for the dialect's rules). */
export declare const schemaLocations: {
  rng: string
  sch: string
}
/** TBX-Basic's data categories, by the element that carries them (its RELAX NG schema's `*.types`). */
export declare const dataCategories: {
  readonly admin: readonly ['customerSubset', 'projectSubset', 'source']
  readonly descrip: readonly ['context', 'definition', 'subjectField']
  readonly ref: readonly ['crossReference']
  readonly transac: readonly ['transactionType']
  readonly transacNote: readonly ['responsibility']
  readonly xref: readonly ['externalCrossReference', 'xGraphic']
  readonly termNote: readonly ['administrativeStatus', 'grammaticalGender', 'geographicalUsage', 'partOfSpeech', 'termLocation', 'termType']
}
export declare const termTypes: readonly ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase']
export type TermType = (typeof termTypes)[number]
export declare const administrativeStatuses: readonly ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']
export type AdministrativeStatus = (typeof administrativeStatuses)[number]
/** A concept's id: its slug, which an XML ID may not begin with a digit, so `2030-agenda` becomes `_2030-agenda`. */
export declare const conceptId: (slug: string) => string
export declare const slugOfConceptId: (id: string) => string
/**
 * The language section a locale's romanization goes in: its BCP 47 transcription tag (`th-Latn`, `zh-Latn-pinyin`,
 * `ja-Latn`, `ko-Latn`); English, already Latin, as `en-Latn`. TBX-Basic has no romanization data category.
 */
export declare const romanizationTag: (locale: Locale) => string
/** The locale a language section's `xml:lang` names: a glossary language (regions allowed, Chinese Simplified only) or its romanization. */
export declare function localeOfTag(tag: string):
  | {
      locale: Locale
      romanization: boolean
    }
  | undefined
/**
 * The term type of an alias: an abbreviation when it is written as one (a full stop, as in `กทม.`, or capitals only,
 * as in `BMA`), otherwise a variant. TBX-Basic's acronym is a kind of abbreviation that the glossary does not tell apart.
 */
export declare const aliasTermType: (alias: string) => TermType
