/**
 * A glossary term's subject field as pages show it: its name from the bundle's domains in the page's language, or,
 * where the bundle has no entry for it (the contract allows that), its slug.
 */
import type { Domain } from '../../../content/schema/index.ts'
import type { Locale } from './locales.ts'
import { pick, type Shown } from './localize.ts'

/** What a page needs of a domain: its slug, and its names when the bundle has them. */
export interface DomainLabel {
  slug: string
  name?: Domain['name']
}

export const domainLabel = (slug: string, domains: Map<string, Domain>): DomainLabel => ({ slug, name: domains.get(slug)?.name })

export const domainName = ({ slug, name }: DomainLabel, lang: Locale): Shown<string> => pick(name, lang) ?? { value: slug, lang, fallback: false }
