/** What the home page picks from the content: featured terms, and the activities to come and just past. */
import type { Activity, GlossaryEntry } from '../../../content/schema/index.ts'
import { buildDay } from './agreementState.ts'
import type { SiteContent } from './publicContent.ts'

/** The terms the office's own pages name most (news stories and other terms' related lists), then by slug. */
export function featuredTerms({ glossary, news }: Pick<SiteContent, 'glossary' | 'news'>, count = 8): GlossaryEntry[] {
  const named = new Map<string, number>()
  const add = (slug: string) => named.set(slug, (named.get(slug) ?? 0) + 1)
  for (const item of news) for (const slug of item.terms ?? []) add(slug)
  for (const term of glossary) for (const slug of term.related ?? []) add(slug)
  return [...glossary].sort((a, b) => (named.get(b.slug) ?? 0) - (named.get(a.slug) ?? 0) || a.slug.localeCompare(b.slug)).slice(0, count)
}

/** Activities not yet over on the day of the build (soonest first), and those already over (latest first). */
export function activitiesAround(activities: Activity[], count = 4, today = buildDay()): { upcoming: Activity[]; recent: Activity[] } {
  const last = (a: Activity) => a.end ?? a.start
  const upcoming = activities
    .filter((a) => last(a).slice(0, today.length) >= today.slice(0, last(a).length))
    .sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug))
  const done = new Set(upcoming)
  const recent = activities.filter((a) => !done.has(a)).sort((a, b) => last(b).localeCompare(last(a)) || a.slug.localeCompare(b.slug))
  return { upcoming: upcoming.slice(0, count), recent: recent.slice(0, count) }
}
