/**
 * The no-JavaScript filters of the glossary and city indexes (a checked radio hides the other list items), one rule
 * per domain the glossary uses and per relationship type of the content schema. Served as a stylesheet file, not inline CSS, so the
 * Content-Security-Policy (netlify.toml) can allow styles from this host only.
 */
import type { APIRoute } from 'astro'
import { relationships } from '../../../content/schema/index.ts'
import { siteContent } from '../lib/content.ts'

export const GET: APIRoute = async () => {
  const { glossary } = await siteContent()
  const domains = [...new Set(glossary.flatMap((term) => term.domain ?? []))].sort()
  const rules = [
    ...domains.map((d) => `.glossary:has(#domain-${d}:checked) .terms li:not([data-domain="${d}"]){display:none}`),
    ...relationships.map((r) => `.cities:has(#rel-${r}:checked) li[data-relationship]:not([data-relationship="${r}"]){display:none}`),
  ]
  return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
