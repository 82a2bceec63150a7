/**
 * How a bundle entry and a Payload document correspond, field by field, in both directions.
 * Documents are read with `locale: 'all'` (localized fields are objects keyed by locale, as in the bundle) and
 * written one locale at a time (Payload writes one locale per request).
 */
import { defaultLocale, locales, type City, type CollectionName, type EntryOf, type GlossaryEntry, type Locale, type NewsItem } from '../../content/schema.ts'
import { clean } from './clean.ts'
import type { RichTextConverter } from './richText.ts'

type Localized<T> = Partial<Record<Locale, T>>
type Doc = Record<string, any>

/** What a bundle entry needs from the CMS to be written: media ids by bundle path, document ids by slug. */
export interface ImportRefs {
  media(path: string | undefined): number | string | undefined
  id(collection: 'glossary' | 'cities', slug: string): number | string | undefined
}

/** What a document needs to become a bundle entry: media paths by id, slugs by id, Markdown from Lexical. */
export interface ExportRefs {
  mediaPath(media: unknown): string | undefined
  slug(collection: 'glossary' | 'cities', ref: unknown): string | undefined
  richText: RichTextConverter
}

const at = <T>(value: Localized<T> | undefined, locale: Locale): T | null => value?.[locale] ?? null
const ids = (refs: ImportRefs, collection: 'glossary' | 'cities', slugs: string[] | undefined) =>
  (slugs ?? []).map((slug) => refs.id(collection, slug)).filter((id) => id !== undefined)

/**
 * The data for one locale's write. The Thai write carries every language-neutral field too; the other locales carry
 * their localized fields only, with null where the entry has no text, so a re-import clears a removed translation.
 */
export function entryToData<C extends CollectionName>(
  collection: C,
  entry: EntryOf<C>,
  locale: Locale,
  refs: ImportRefs,
  richText: RichTextConverter,
  thaiDoc?: Doc,
): Doc {
  const md = (value: Localized<string> | undefined) => {
    const text = at(value, locale)
    return text === null ? null : richText.toLexical(text)
  }
  const neutral = locale === defaultLocale
  if (collection === 'glossary') {
    const e = entry as GlossaryEntry
    return {
      term: at(e.term, locale),
      definition: md(e.definition),
      romanization: at(e.romanization, locale),
      reading: at(e.reading, locale),
      aliases: at(e.aliases, locale) ?? [],
      ...(neutral && {
        slug: e.slug,
        previousSlugs: e.previousSlugs ?? [],
        domain: e.domain ?? null,
        sources: e.sources ?? [],
        reviewStatus: e.reviewStatus ?? null,
        internalNote: e.internalNote ?? null,
      }),
    }
  }
  if (collection === 'cities') {
    const e = entry as City
    return {
      name: at(e.name, locale),
      summary: at(e.summary, locale),
      body: md(e.body),
      contact: { office: at(e.contact?.office, locale), ...(neutral && { url: e.contact?.url ?? null }) },
      // Rows are shared by all locales: a translation names the row ids the Thai write created, or it would replace them.
      ...agreementRows(e, locale, refs, thaiDoc),
      activities: (e.activities ?? []).map((a, i) => ({ id: thaiDoc?.activities?.[i]?.id, date: a.date, text: at(a.text, locale) })),
      ...(neutral && {
        slug: e.slug,
        previousSlugs: e.previousSlugs ?? [],
        nativeName: { lang: e.nativeName?.lang ?? null, value: e.nativeName?.value ?? null },
        country: e.country,
        relationship: e.relationship,
        since: e.since ?? null,
        coordinates: { lat: e.coordinates?.lat ?? null, lng: e.coordinates?.lng ?? null },
        image: refs.media(e.image) ?? null,
        gallery: (e.gallery ?? []).map((g) => ({ image: refs.media(g.image) })),
        internalContacts: e.internalContacts ?? [],
        internalNotes: e.internalNotes ?? null,
      }),
    }
  }
  const e = entry as NewsItem
  return {
    title: at(e.title, locale),
    summary: at(e.summary, locale),
    body: md(e.body),
    ...(neutral && {
      slug: e.slug,
      previousSlugs: e.previousSlugs ?? [],
      date: newsInstant(e.date),
      image: refs.media(e.image) ?? null,
      cities: ids(refs, 'cities', e.cities),
      terms: ids(refs, 'glossary', e.terms),
    }),
  }
}

/** Public agreements and internal ones go to separate lists; internal ones are a staff-only field in the CMS. */
function agreementRows(city: City, locale: Locale, refs: ImportRefs, thaiDoc: Doc | undefined) {
  const rows = (internal: boolean) =>
    (city.agreements ?? [])
      .filter((a) => (a.visibility === 'internal') === internal)
      .map((a, i) => ({
        id: thaiDoc?.[internal ? 'internalAgreements' : 'agreements']?.[i]?.id,
        title: at(a.title, locale),
        date: a.date ?? null,
        document: refs.media(a.document) ?? null,
      }))
  return { agreements: rows(false), internalAgreements: rows(true) }
}

/** Glossary relations point at other terms, so they are written once every term exists. */
export function glossaryRelations(entry: GlossaryEntry, refs: ImportRefs): Doc {
  return { related: ids(refs, 'glossary', entry.related) }
}

/** A document read with `locale: 'all'` as a bundle entry (not yet stripped of staff fields). */
export function docToEntry<C extends CollectionName>(collection: C, doc: Doc, refs: ExportRefs): EntryOf<C> {
  const md = (value: Localized<unknown> | undefined) =>
    Object.fromEntries(locales.flatMap((locale) => (value?.[locale] ? [[locale, refs.richText.toMarkdown(value[locale])]] : [])))
  const slugs = (collection: 'glossary' | 'cities', list: unknown[] | undefined) => (list ?? []).map((ref) => refs.slug(collection, ref))
  const status = doc._status === 'draft' ? 'draft' : undefined
  if (collection === 'glossary') {
    return clean({
      slug: doc.slug,
      previousSlugs: doc.previousSlugs,
      term: doc.term,
      definition: md(doc.definition),
      domain: doc.domain,
      romanization: doc.romanization,
      reading: doc.reading,
      aliases: doc.aliases,
      related: slugs('glossary', doc.related),
      sources: doc.sources?.map(({ title, url }: Doc) => ({ title, url })),
      reviewStatus: doc.reviewStatus,
      status,
      internalNote: doc.internalNote,
    }) as EntryOf<C>
  }
  if (collection === 'cities') {
    const imageAlt = (media: unknown) => (media && typeof media === 'object' ? (media as Doc).alt : undefined)
    return clean({
      slug: doc.slug,
      previousSlugs: doc.previousSlugs,
      name: doc.name,
      nativeName: doc.nativeName,
      country: doc.country,
      relationship: doc.relationship,
      since: doc.since,
      summary: doc.summary,
      body: md(doc.body),
      coordinates: doc.coordinates,
      image: refs.mediaPath(doc.image),
      imageAlt: refs.mediaPath(doc.image) ? imageAlt(doc.image) : undefined,
      gallery: doc.gallery?.map((g: Doc) => (refs.mediaPath(g.image) ? { image: refs.mediaPath(g.image), alt: imageAlt(g.image) } : undefined)),
      agreements: [
        ...(doc.agreements ?? []).map((a: Doc) => ({ title: a.title, date: a.date, document: refs.mediaPath(a.document) })),
        ...(doc.internalAgreements ?? []).map((a: Doc) => ({ title: a.title, date: a.date, document: refs.mediaPath(a.document), visibility: 'internal' })),
      ],
      activities: doc.activities?.map((a: Doc) => ({ date: a.date, text: a.text })),
      contact: doc.contact,
      status,
      internalContacts: doc.internalContacts?.map(({ name, role, email, phone }: Doc) => ({ name, role, email, phone })),
      internalNotes: doc.internalNotes,
    }) as EntryOf<C>
  }
  return clean({
    slug: doc.slug,
    previousSlugs: doc.previousSlugs,
    date: exportDate(doc.date),
    title: doc.title,
    summary: doc.summary,
    body: md(doc.body),
    cities: slugs('cities', doc.cities),
    terms: slugs('glossary', doc.terms),
    image: refs.mediaPath(doc.image),
    imageAlt: refs.mediaPath(doc.image) ? (doc.image as Doc).alt : undefined,
    status,
  }) as EntryOf<C>
}

/** News dates are Bangkok dates: Thailand keeps UTC+7 all year (no daylight saving). */
const bangkokOffsetMs = 7 * 60 * 60 * 1000

/** The instant a bundle date names: a plain date is that day's midnight in Bangkok. */
function newsInstant(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(Date.parse(`${value}T00:00:00+07:00`)).toISOString() : new Date(value).toISOString()
}

/** A stored instant as bundles write it, in Bangkok time: a plain date at midnight, else date, time and offset. */
function exportDate(value: string): string {
  const local = new Date(Date.parse(value) + bangkokOffsetMs).toISOString()
  return local.endsWith('T00:00:00.000Z') ? local.slice(0, 10) : `${local.slice(0, 19)}+07:00`
}
