/**
 * The building blocks of the collection schemas, and what kind of field each one is. A field's kind — localized,
 * Markdown, a reference to other entries, a media path, staff only — is recorded on its zod schema (`fieldKinds`),
 * so that reading, checking, stripping and mapping entries find those fields by walking the schema (`./walk.ts`)
 * instead of keeping lists of field names beside it.
 */
import { z } from 'zod'
import { maxListLength, maxMarkdownLength, maxNoteLength, maxShortTextLength, maxSlugLength, maxSummaryLength, maxUrlLength } from '../limits.ts'
import { locales } from './locales.ts'

export interface FieldKind {
  /** An object keyed by locale, Thai required unless the field says otherwise. */
  localized?: true
  /** Markdown text (Lexical rich text inside the CMS). */
  markdown?: true
  /** Never public: removed from every snapshot, never rendered, indexed or exported as open data. */
  staffOnly?: true
  /** A path under `media/`. */
  media?: true
  /** The alternative text of the image at the named sibling field (kept on the media item in the CMS). */
  altOf?: string
  reference?: Reference
  /** The value a bundle leaves out (a visibility of `public`): absent means it, and an export does not write it. */
  implied?: string
}

/** A reference to entries of other collections. */
export interface Reference {
  /** The collections it may point at. */
  to: readonly string[]
  /** `slug`: the bare slug (one target collection); `path`: `"{collection}/{slug}"`, as the contract writes references. */
  form: 'slug' | 'path'
  /** Whether the bundle must hold the entry named; a domain need not exist (it is then shown by its slug). */
  mustExist: boolean
}

export const fieldKinds = z.registry<FieldKind>()

/** Marks a field: a copy of the schema with its kind added, so that a shared building block never carries one field's kind. */
function kind<T extends z.ZodType>(schema: T, meta: FieldKind): T {
  const copy = schema.clone() as T
  fieldKinds.add(copy, { ...fieldKinds.get(schema), ...meta })
  return copy
}

/** Language-neutral ASCII, the same in every language, so one URL can switch languages. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const slugMaxLength = maxSlugLength
export const slug = z
  .string()
  .regex(slugPattern, 'must be lowercase ASCII words joined by hyphens, e.g. "sister-city"')
  .max(slugMaxLength, `must be at most ${slugMaxLength} characters`)
/** Slugs an entry had before it was renamed: their URLs redirect to its pages (public URLs never break). */
export const previousSlugs = z.array(slug).max(maxListLength).optional()
/** Where an entry was filed before it moved from another collection, `{collection}/{slug}`: those URLs redirect to it. */
export const formerPath = z.string().regex(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "{collection}/{slug}", e.g. "cities/citynet"')

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
  // Only a well-formed code is looked up: Intl throws on others (an empty one, say) instead of answering.
  .refine((code) => !/^[A-Z]{2}$/.test(code) || regionNames.of(code) !== undefined, { message: 'is not an ISO 3166-1 country code' })

/** A BCP 47 language tag (`ja`, `zh-Hans`, `ru`). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag, e.g. "ja" or "zh-Hans"')

/** A path under content/media/, never leaving it. */
export const mediaPath = z
  .string()
  .max(maxShortTextLength, `must be at most ${maxShortTextLength} characters`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'must be a file path under media/, e.g. "cities/fukuoka.jpg"')
  .refine((path) => !path.split('/').includes('..'), { message: 'must not leave the media folder' })
  .register(fieldKinds, { media: true })

export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(maxUrlLength, `must be at most ${maxUrlLength} characters`)

/** Text of at most `max` characters (content/limits.ts: the CMS applies the same limits). */
export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`)
const nonEmptyText = (max: number) => text(max).trim().min(1, 'must not be empty')
/** A list of at most maxListLength items. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(maxListLength, `must have at most ${maxListLength} items`)
/** Names, terms and titles. */
export const shortText = nonEmptyText(maxShortTextLength)
/** Summaries, alternative text and other plain text that says something. */
export const summaryText = nonEmptyText(maxSummaryLength)
export const noteText = text(maxNoteLength)
export const nonEmpty = summaryText

/** A localized value: an object keyed by locale, `th` required, unknown locale keys rejected. */
function localizedObject<T extends z.ZodType>(value: T) {
  const [first, ...rest] = locales
  return z.strictObject(
    { [first!]: value, ...Object.fromEntries(rest.map((locale) => [locale, value.optional()])) } as { th: T } & {
      [L in Exclude<(typeof locales)[number], 'th'>]: z.ZodOptional<T>
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `has unknown locale ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${locales.join(', ')})` : undefined,
    },
  )
}

/** A localized value, Thai required. */
export const localized = <T extends z.ZodType>(value: T) => localizedObject(value).register(fieldKinds, { localized: true })
/** A localized value where no locale is required (optional extras such as romanization). */
export const partiallyLocalized = <T extends z.ZodType>(value: T) => localizedObject(value).partial().register(fieldKinds, { localized: true })

export const localizedText = localized(nonEmpty)
/** A name, term or title in each language. */
export const localizedName = localized(shortText)
/** Rich text is Markdown. Raw HTML inside it is shown as text, never rendered. */
export const localizedMarkdown = kind(localized(nonEmptyText(maxMarkdownLength)), { markdown: true })

/** A reference (or a list of them: wrap in z.array) to entries of other collections. */
export function reference(to: readonly string[], { form = 'slug', mustExist = true }: { form?: Reference['form']; mustExist?: boolean } = {}) {
  const schema =
    form === 'slug' ? slug : z.string().regex(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, `must be a reference "{collection}/{slug}" to ${to.join(' or ')}`)
  return kind(schema, { reference: { to, form, mustExist } })
}

/** A field present in full backups only, for staff. */
export const staffOnly = <T extends z.ZodType>(schema: T) => kind(schema, { staffOnly: true })

/** The localized alternative text of the image at a sibling field. */
export const altOf = (imageField: string) => kind(localizedText, { altOf: imageField })

/** Publication state, for full backups only; a snapshot holds published entries and omits the field. */
export const status = staffOnly(z.enum(['published', 'draft']))

/**
 * Who may read an entry or a document: the public, staff of any BMA unit, this office's staff, or only admins and the
 * staff named on the entry. Only `public` ever reaches a snapshot, the site or the open data.
 */
export const visibilities = ['public', 'bma', 'office', 'restricted'] as const
export type Visibility = (typeof visibilities)[number]
export const visibility = kind(staffOnly(z.enum(visibilities)), { implied: 'public' })
/** The staff (by e-mail) who may read a `restricted` entry besides the admins. */
export const readers = staffOnly(z.array(z.email()))

/** A person of a partner's or the office's side, for staff only (personal data). */
export const person = z.strictObject({
  name: nonEmpty,
  title: z.string().optional(),
  organization: z.string().optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
})

/** A task that follows from an agreement or an activity, for staff. */
export const followUp = z.strictObject({ action: nonEmpty, due: isoDate.optional(), done: z.boolean().optional() })

/** A reference to a partner: a city or an organisation. */
export const partner = () => reference(['cities', 'organizations'], { form: 'path' })
/** A subject field (a domain slug; one without an entry is shown by its slug). */
export const sector = () => reference(['domains'], { mustExist: false })

/** A Wikidata item identifier (`Q1861`), so others can join the data. */
export const wikidataId = z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id, e.g. "Q1861"')

/** Comparable form of a reduced-precision ISO date: a year or a month stands for its first day. */
export const dateKey = (date: string) => date.padEnd(10, '-01').slice(0, 10)

export const source = z.strictObject({ title: nonEmpty, url: url.optional() })

/** The entry a reference value names: `{collection}/{slug}`, or a bare slug of the field's one target collection. */
export function referenceTarget(value: string, { to, form }: Reference): { collection: string; slug: string } {
  if (form === 'slug') return { collection: to[0]!, slug: value }
  const [collection = '', slug = ''] = value.split('/')
  return { collection, slug }
}

/** The value a reference field holds for an entry: the inverse of `referenceTarget`. */
export const referenceValue = (collection: string, slug: string, { form }: Reference): string => (form === 'slug' ? slug : `${collection}/${slug}`)
