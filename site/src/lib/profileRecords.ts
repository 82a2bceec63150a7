/**
 * The agreements and the timeline of activities a partner's profile lists: the first-class entries that name it,
 * and a city's v1 inline ones (still read from any bundle) except those a first-class entry already stands for:
 * an inline agreement signed the same day as one (or with the same Thai title), an inline activity on the day one
 * starts (or with the same Thai title). Pure functions of a page's props.
 */
import { dateKey, type City } from '../../../content/schema/index.ts'
import type { ActivityItem, AgreementCard } from './entryPages.ts'

type InlineAgreement = NonNullable<City['agreements']>[number]
type InlineActivity = NonNullable<City['activities']>[number]

export type AgreementRow = { card: AgreementCard; inline?: undefined } | { inline: InlineAgreement; card?: undefined }
export type TimelineRow = { item: ActivityItem; inline?: undefined } | { inline: InlineActivity; item?: undefined }

/** What tells two records apart: a date and a Thai title. */
interface Key {
  date: string | undefined
  th: string
}
const same = (a: Key, b: Key) => (a.date !== undefined && a.date === b.date) || a.th === b.th

/**
 * First-class records and the inline ones no first-class one stands for, by date (an undated one counts as the
 * earliest), first-class ones first on the same date.
 */
function merged<F, I, R>(
  first: F[],
  inline: I[],
  keyOf: { first: (f: F) => Key; inline: (i: I) => Key },
  row: { first: (f: F) => R; inline: (i: I) => R },
  newestFirst: boolean,
): R[] {
  const keyed = [
    ...first.map((f) => ({ key: keyOf.first(f), row: row.first(f) })),
    ...inline.filter((i) => !first.some((f) => same(keyOf.first(f), keyOf.inline(i)))).map((i) => ({ key: keyOf.inline(i), row: row.inline(i) })),
  ]
  const date = (k: Key) => dateKey(k.date ?? '0000')
  return keyed
    .map((entry, i) => ({ ...entry, i }))
    .sort((a, b) => (newestFirst ? date(b.key).localeCompare(date(a.key)) : date(a.key).localeCompare(date(b.key))) || a.i - b.i)
    .map(({ row }) => row)
}

/** Agreements newest first (undated ones last). */
export const profileAgreements = (cards: AgreementCard[], inline: InlineAgreement[] = []): AgreementRow[] =>
  merged(
    cards,
    inline,
    { first: (c) => ({ date: c.signed, th: c.title.th }), inline: (a) => ({ date: a.date, th: a.title.th }) },
    { first: (card): AgreementRow => ({ card }), inline: (a): AgreementRow => ({ inline: a }) },
    true,
  )

/** Activities oldest first, as a timeline reads. */
export const profileTimeline = (items: ActivityItem[], inline: InlineActivity[] = []): TimelineRow[] =>
  merged(
    items,
    inline,
    { first: (i) => ({ date: i.start, th: i.title.th }), inline: (a) => ({ date: a.date, th: a.text.th }) },
    { first: (item): TimelineRow => ({ item }), inline: (a): TimelineRow => ({ inline: a }) },
    false,
  )
