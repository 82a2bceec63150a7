/**
 * Writes glossary entries as a TBX-Basic file (DCA style): one `conceptEntry` per term, its domain as `subjectField`,
 * related terms as `crossReference`, sources as `externalCrossReference` (with a URL) or `source`, and one `langSec`
 * per language with the definition and the term, then its aliases as further `termSec`s with their term type;
 * romanizations in language sections of their own (dialect.ts). Deterministic: the same entries give the same bytes.
 */
import type { GlossaryEntry } from '../schema/glossary.ts'
import { locales, type Locale } from '../schema/locales.ts'
import { aliasTermType, conceptId, dialect, romanizationTag, schemaLocations, tbxNamespace, type AdministrativeStatus, type TermType } from './dialect.ts'

export interface TbxHeader {
  title: string
  /** Publisher, licence and how to cite, one paragraph each. */
  publication: string[]
  /** Where the terms come from and how they are written. */
  source: string[]
}

/** Characters XML 1.0 cannot carry: C0 controls but tab and line ends, U+FFFE and U+FFFF (a lone surrogate is written as U+FFFD by UTF-8 encoding). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;' }
const inText = /[&<>\r]/g
const inAttribute = /[&<>"\r\t\n]/g

/** Text as XML character data; characters XML 1.0 cannot carry become U+FFFD, a carriage return stays one. */
const escape = (text: string, attribute = false): string => text.replace(notXml, '\uFFFD').replace(attribute ? inAttribute : inText, (c) => entities[c]!)

const element = (name: string, attributes: Record<string, string | undefined>, text: string) =>
  `<${name}${Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escape(value!, true)}"`)
    .join('')}>${escape(text)}</${name}>`

function termSec(text: string, type: TermType, status: AdministrativeStatus, indent: string): string[] {
  return [
    `${indent}<termSec>`,
    `${indent}  ${element('term', {}, text)}`,
    `${indent}  ${element('termNote', { type: 'termType' }, type)}`,
    `${indent}  ${element('termNote', { type: 'administrativeStatus' }, status)}`,
    `${indent}</termSec>`,
  ]
}

/** A term's name to show where another concept refers to it: English, else Thai (marked as such). */
function referenceText(entry: GlossaryEntry | undefined, slug: string): { text: string; lang?: string } {
  if (entry?.term.en) return { text: entry.term.en }
  return entry ? { text: entry.term.th, lang: 'th' } : { text: slug }
}

/** A concept's lines, joined: one string per concept keeps the file's assembly small. */
function concept(entry: GlossaryEntry, bySlug: Map<string, GlossaryEntry>): string {
  const lines = [`      <conceptEntry id="${escape(conceptId(entry.slug), true)}">`]
  const at = '        '
  if (entry.domain) lines.push(at + element('descrip', { type: 'subjectField' }, entry.domain))
  for (const slug of entry.related ?? []) {
    const { text, lang } = referenceText(bySlug.get(slug), slug)
    lines.push(at + element('ref', { type: 'crossReference', target: conceptId(slug), 'xml:lang': lang }, text))
  }
  for (const source of entry.sources ?? []) {
    lines.push(
      at +
        (source.url
          ? element('xref', { type: 'externalCrossReference', target: source.url }, source.title)
          : element('admin', { type: 'source' }, source.title)),
    )
  }
  for (const locale of locales) lines.push(...languageSection(entry, locale))
  for (const locale of locales) {
    const romanization = entry.romanization?.[locale]
    if (!romanization) continue
    lines.push(
      `${at}<langSec xml:lang="${romanizationTag(locale)}">`,
      ...termSec(romanization, 'fullForm', 'preferredTerm-admn-sts', `${at}  `),
      `${at}</langSec>`,
    )
  }
  lines.push('      </conceptEntry>')
  return lines.join('\n')
}

/**
 * A locale's language section: definition, term, aliases. A language section needs a term: a definition without a
 * term in its language sits on the concept with `xml:lang`; aliases without one are admitted terms with no preferred one.
 */
function languageSection(entry: GlossaryEntry, locale: Locale): string[] {
  const term = entry.term[locale]
  const aliases = entry.aliases?.[locale] ?? []
  const definition = entry.definition[locale]
  const at = '        '
  if (!term && aliases.length === 0) return definition ? [at + element('descrip', { type: 'definition', 'xml:lang': locale }, definition)] : []
  return [
    `${at}<langSec xml:lang="${locale}">`,
    ...(definition ? [`${at}  ${element('descrip', { type: 'definition' }, definition)}`] : []),
    ...(term ? termSec(term, 'fullForm', 'preferredTerm-admn-sts', `${at}  `) : []),
    ...aliases.flatMap((alias) => termSec(alias, aliasTermType(alias), 'admittedTerm-admn-sts', `${at}  `)),
    `${at}</langSec>`,
  ]
}

export function glossaryTbx(entries: GlossaryEntry[], header: TbxHeader): string {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]))
  const paragraphs = (texts: string[]) => texts.map((text) => `        ${element('p', {}, text)}`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?xml-model href="${schemaLocations.rng}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
    `<?xml-model href="${schemaLocations.sch}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`,
    `<tbx type="${dialect}" style="dca" xml:lang="en" xmlns="${tbxNamespace}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        ${element('title', {}, header.title)}`,
    '      </titleStmt>',
    '      <publicationStmt>',
    ...paragraphs(header.publication),
    '      </publicationStmt>',
    '      <sourceDesc>',
    ...paragraphs(header.source),
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entries.map((entry) => concept(entry, bySlug)),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n')
}
