/**
 * The content bundle, version 1: the one definition of a glossary entry, a city and a news item.
 * Import, export and the site all derive from these schemas; field meanings are in content/README.md.
 */
import { z } from 'zod'
import { maxListLength, maxMarkdownLength, maxNoteLength, maxShortTextLength, maxSlugLength, maxSummaryLength, maxUrlLength } from './limits.ts'

export const locales = ['th', 'en', 'zh', 'ja', 'ko'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'th'

export const collections = ['glossary', 'cities', 'news'] as const
export type CollectionName = (typeof collections)[number]

export const domains = [
  'bangkok',
  'city-government',
  'international-relations',
  'sister-cities',
  'digital-government',
  'urban-development',
  'environment',
  'transport',
  'public-health',
  'tourism',
] as const
export type Domain = (typeof domains)[number]

export const relationships = ['sister-city', 'friendship-city', 'partner-city', 'organization'] as const
export type Relationship = (typeof relationships)[number]

/** Language-neutral ASCII, the same in every language, so one URL can switch languages. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const slug = z
  .string()
  .max(maxSlugLength, `must be at most ${maxSlugLength} characters`)
  .regex(slugPattern, 'must be lowercase ASCII words joined by hyphens, e.g. "sister-city"')
/** Slugs an entry had before it was renamed: their URLs redirect to its pages (public URLs never break). */
export const previousSlugs = z.array(slug).max(maxListLength).optional()

/** ISO 8601 calendar date; reduced precision (a year, a year and month) where only that is known. */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)')

/** A date with an optional time, for news. */
export const isoDateTime = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'must be an ISO date or date-time, e.g. 2026-03-14 or 2026-03-14T09:00:00+07:00',
  })

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
/** ISO 3166-1 alpha-2, checked against the platform's region data rather than a hand-kept table. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "JP"')
  .refine((code) => regionNames.of(code) !== undefined, { message: 'is not an ISO 3166-1 country code' })

/** A path under content/media/, never leaving it. */
export const mediaPath = z
  .string()
  .max(maxShortTextLength, `must be at most ${maxShortTextLength} characters`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'must be a file path under media/, e.g. "cities/fukuoka.jpg"')
  .refine((path) => !path.split('/').includes('..'), { message: 'must not leave the media folder' })

export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(maxUrlLength, `must be at most ${maxUrlLength} characters`)

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`)
/** Text that must say something, of at most `max` characters. */
const nonEmpty = (max: number) => text(max).trim().min(1, 'must not be empty')
/** A list of at most maxListLength items. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(maxListLength, `must have at most ${maxListLength} items`)
export const shortText = nonEmpty(maxShortTextLength)
export const summaryText = nonEmpty(maxSummaryLength)
export const noteText = text(maxNoteLength)
export const markdownText = nonEmpty(maxMarkdownLength)

/** A localized value: an object keyed by locale, `th` required, unknown locale keys rejected. */
export function localized<T extends z.ZodType>(value: T) {
  return z.strictObject(
    {
      th: value,
      en: value.optional(),
      zh: value.optional(),
      ja: value.optional(),
      ko: value.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `has unknown locale ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${locales.join(', ')})` : undefined,
    },
  )
}
/** A localized value where no locale is required (optional extras such as romanization). */
export function partiallyLocalized<T extends z.ZodType>(value: T) {
  return localized(value).partial()
}

export const localizedText = localized(shortText)
export const localizedSummary = localized(summaryText)
/** Rich text is Markdown. Raw HTML inside it is shown as text, never rendered. */
export const localizedMarkdown = localized(markdownText)

/** Publication state, for full backups only; a snapshot holds published entries and omits the field. */
export const status = z.enum(['published', 'draft'])

export const source = z.strictObject({ title: shortText, url: url.optional() })

export const glossaryEntry = z.strictObject({
  slug,
  previousSlugs,
  term: localizedText,
  definition: localizedMarkdown,
  domain: z.enum(domains).optional(),
  /** Latin transcription per locale: RTGS for Thai, Hanyu Pinyin with tone marks, Hepburn, Revised Romanization. */
  romanization: partiallyLocalized(shortText).optional(),
  /** Phonetic reading used for sorting where the script needs one (Japanese kana for a kanji term). */
  reading: partiallyLocalized(shortText).optional(),
  aliases: partiallyLocalized(list(shortText)).optional(),
  related: list(slug).optional(),
  sources: list(source).optional(),
  reviewStatus: z.enum(['draft', 'in-review', 'approved']).optional(),
  status: status.optional(),
  /** Staff only: present in full backups, never in a snapshot or on the site. */
  internalNote: noteText.optional(),
})
export type GlossaryEntry = z.infer<typeof glossaryEntry>

export const agreement = z.strictObject({
  title: localizedText,
  date: isoDate.optional(),
  document: mediaPath.optional(),
  /** Internal agreements appear only in full backups. */
  visibility: z.enum(['public', 'internal']).optional(),
})

export const activity = z.strictObject({ date: isoDate, text: localizedSummary })

export const galleryImage = z.strictObject({ image: mediaPath, alt: localizedSummary })

export const internalContact = z.strictObject({
  name: shortText,
  role: text(maxShortTextLength).optional(),
  email: z.email().max(maxShortTextLength).optional(),
  phone: text(maxShortTextLength).optional(),
})

export const city = z.strictObject({
  slug,
  previousSlugs,
  name: localizedText,
  /** The name in the city's own language and script, with its BCP 47 tag, e.g. {"lang": "fr", "value": "Paris"}. */
  nativeName: z.strictObject({ lang: text(35).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'), value: shortText }).optional(),
  country: countryCode,
  relationship: z.enum(relationships),
  since: isoDate.optional(),
  summary: localizedSummary,
  body: localizedMarkdown,
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
  image: mediaPath.optional(),
  imageAlt: localizedSummary.optional(),
  gallery: list(galleryImage).optional(),
  agreements: list(agreement).optional(),
  activities: list(activity).optional(),
  contact: z.strictObject({ office: localizedText.optional(), url: url.optional() }).optional(),
  status: status.optional(),
  /** Staff only: personal data, present in full backups only. */
  internalContacts: list(internalContact).optional(),
  internalNotes: noteText.optional(),
})
export type City = z.infer<typeof city>

export const newsItem = z.strictObject({
  slug,
  previousSlugs,
  date: isoDateTime,
  title: localizedText,
  summary: localizedSummary,
  body: localizedMarkdown,
  cities: list(slug).optional(),
  terms: list(slug).optional(),
  image: mediaPath.optional(),
  imageAlt: localizedSummary.optional(),
  status: status.optional(),
})
export type NewsItem = z.infer<typeof newsItem>

export const schemas = { glossary: glossaryEntry, cities: city, news: newsItem } as const
export type EntryOf<C extends CollectionName> = z.infer<(typeof schemas)[C]>

/** Fields that exist for staff only: removed from every snapshot, never rendered or indexed. */
export const internalFields = {
  glossary: ['internalNote', 'reviewStatus', 'status'],
  cities: ['internalContacts', 'internalNotes', 'status'],
  news: ['status'],
} as const satisfies { [C in CollectionName]: readonly string[] }
