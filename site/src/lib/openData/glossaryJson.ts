/**
 * `glossary.json`: the public glossary with every language, romanization, aliases, domain, related terms and sources,
 * each term as the bundle writes it (content/README.md) with the address of its page in every language, and the
 * domains with their names.
 */
import { locales } from '../locales.ts'
import type { SiteContent } from '../publicContent.ts'
import { urls } from '../urls.ts'
import type { OpenDataSettings } from './settings.ts'
import { inEveryLanguage, publisherName } from './text.ts'

export function glossaryJson(content: SiteContent, { licence, site }: OpenDataSettings): string {
  const domainSlugs = [...new Set(content.glossary.flatMap((entry) => entry.domain ?? []))].sort()
  const data = {
    title: inEveryLanguage('openData.datasets.glossary.title'),
    publisher: publisherName(),
    license: { id: licence.id, title: licence.title, url: licence.url },
    domains: domainSlugs.map((slug) => ({ slug, ...(content.bySlug.domains.get(slug) && { name: content.bySlug.domains.get(slug)!.name }) })),
    terms: content.glossary.map((entry) => ({
      ...entry,
      pages: Object.fromEntries(locales.map((lang) => [lang, new URL(urls.entry('glossary', lang, entry.slug), site).href])),
    })),
  }
  return `${JSON.stringify(data, null, 2)}\n`
}
