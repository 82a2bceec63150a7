/**
 * How a bundle entry and a Payload document correspond, in both directions. The conversion walks the collection's
 * schema (content/schema/): localized fields are objects keyed by locale on both sides, Markdown is Lexical in the
 * CMS, references are slugs in the bundle and ids in the CMS, media paths are upload ids, and an image's alternative
 * text lives on the media item. Where a collection's Payload fields differ from its bundle fields, `differences`
 * says how (the compiler asks for every collection). Documents are read with `locale: 'all'` and written one locale
 * at a time (Payload writes one locale per request).
 */
import { z } from 'zod'
import {
  defaultLocale,
  fieldsOf,
  locales,
  referenceTarget,
  referenceValue,
  registry,
  unwrap,
  type Activity,
  type City,
  type CollectionName,
  type EntryOf,
  type Locale,
  type NewsItem,
} from '../../content/schema/index.ts'
import { clean } from '../../content/clean.ts'
import { isDoc, type Doc } from './documents.ts'
import type { RichTextConverter } from './richText.ts'

type Id = number | string

/** What a bundle entry needs from the CMS to be written: media ids by bundle path, document ids by slug. */
export interface ImportRefs {
  media(path: string | undefined): Id | undefined
  id(collection: CollectionName, slug: string): Id | undefined
  /** The BMA unit of this name (by its Thai name), which the import has made sure exists. */
  unit(name: Partial<Record<Locale, string>>): Id | undefined
}

/** What a document needs to become a bundle entry: media paths by media item, slugs by document, Markdown from Lexical. */
export interface ExportRefs {
  mediaPath(media: unknown): string | undefined
  /** The slug of a referenced document, or undefined when it is not part of the export (an unpublished term, say). */
  slug(collection: CollectionName, ref: unknown): string | undefined
  richText: RichTextConverter
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }

/**
 * The data of one locale's write. The Thai write carries every field; the other locales carry the localized fields,
 * and lists that hold any (a list is written whole in every locale: its rows are shared by all of them).
 */
export function entryToData<C extends CollectionName>(
  collection: C,
  entry: EntryOf<C>,
  locale: Locale,
  refs: ImportRefs,
  richText: RichTextConverter,
  { thaiDoc, withSelfReferences = false }: { thaiDoc?: Doc; withSelfReferences?: boolean } = {},
): Doc {
  const write = (schema: z.ZodType, value: unknown, thai: unknown, whole: boolean): unknown => {
    const { schema: node, kind } = unwrap(schema)
    if (kind.markdown) {
      const text = (value as Partial<Record<Locale, string>> | undefined)?.[locale]
      return text === undefined ? null : richText.toLexical(text)
    }
    if (kind.localized) return (value as Partial<Record<Locale, unknown>> | undefined)?.[locale] ?? (isListValued(node) ? [] : null)
    if (kind.media) return refs.media(value as string | undefined) ?? null
    if (kind.implied !== undefined && value === undefined) return kind.implied
    if (kind.reference) {
      if (typeof value !== 'string') return null
      const target = referenceTarget(value, kind.reference)
      const id = refs.id(target.collection as CollectionName, target.slug)
      if (id === undefined) return null
      // A field that may point at several collections is polymorphic in Payload: `{ relationTo, value }`.
      return kind.reference.to.length > 1 ? { relationTo: target.collection, value: id } : id
    }
    const def = defOf(node)
    if (def.type === 'array' && def.element) {
      const thaiRows = Array.isArray(thai) ? thai : []
      // A translation names the rows the Thai write created, or it would replace them.
      return (Array.isArray(value) ? value : [])
        .map((item, i) => {
          const row = write(def.element!, item, thaiRows[i], true)
          return isDoc(row) && isDoc(thaiRows[i]) ? { id: thaiRows[i].id, ...row } : row
        })
        .filter((item) => item !== null && item !== undefined)
    }
    if (def.type === 'object' && def.shape) return writeFields(def.shape, isDoc(value) ? value : {}, isDoc(thai) ? thai : undefined, whole)
    return value ?? null
  }
  const writeFields = (shape: Record<string, z.ZodType>, value: Doc, thai: Doc | undefined, whole: boolean, skip: (key: string) => boolean = () => false) => {
    const data: Doc = {}
    for (const [key, field] of Object.entries(shape)) {
      // Alternative text is written to the media item (see importBundle).
      if (skip(key) || unwrap(field).kind.altOf || (!whole && !hasLocalized(field))) continue
      data[key] = write(field, value[key], thai?.[key], whole)
    }
    return data
  }
  const { handles, toData } = differences[collection]
  // Publication state is Payload's `_status`; references to the own collection wait for a second pass.
  const publication = registry[collection].publication
  const skip = (key: string) => key === publication || handles.includes(key) || (!withSelfReferences && selfReferenceFields(collection).includes(key))
  const data = writeFields(registry[collection].schema.shape, entry as Doc, thaiDoc, locale === defaultLocale, skip)
  return { ...data, ...toData?.(entry, { locale, refs, thaiDoc }) }
}

/** Whether a localized value is a list in each locale (aliases), so that a missing locale is written as an empty list. */
const isListValued = (localizedSchema: z.ZodType): boolean => {
  const perLocale = defOf(localizedSchema).shape?.[defaultLocale]
  return perLocale !== undefined && defOf(unwrap(perLocale).schema).type === 'array'
}

/** Whether a field (or something inside it) holds localized text: the other locales' writes carry only those. */
function hasLocalized(schema: z.ZodType): boolean {
  const { schema: node, kind } = unwrap(schema)
  if (kind.localized) return true
  const def = defOf(node)
  if (def.type === 'array' && def.element) return hasLocalized(def.element)
  return def.type === 'object' && Object.values(def.shape ?? {}).some(hasLocalized)
}

/** Whether a field holds references to entries of the given collection (written once all of them exist). */
function refersTo(schema: z.ZodType, collection: CollectionName): boolean {
  const { schema: node, kind } = unwrap(schema)
  if (kind.reference) return kind.reference.to.includes(collection)
  const def = defOf(node)
  return def.type === 'array' && def.element ? refersTo(def.element, collection) : false
}

/** The references of an entry to its own collection (related terms), written in a second pass once every entry exists. */
export function selfReferenceData<C extends CollectionName>(collection: C, entry: EntryOf<C>, refs: ImportRefs, richText: RichTextConverter): Doc {
  const all = entryToData(collection, entry, defaultLocale, refs, richText, { withSelfReferences: true })
  const shape = registry[collection].schema.shape as Record<string, z.ZodType>
  return Object.fromEntries(Object.entries(all).filter(([key]) => shape[key] && refersTo(shape[key], collection)))
}

/** Names of the fields of a collection that refer to its own collection. */
export const selfReferenceFields = (collection: CollectionName): string[] =>
  Object.entries(registry[collection].schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => refersTo(field, collection))
    .map(([key]) => key)

/** A document read with `locale: 'all'` (and depth 1) as a bundle entry, not yet stripped of staff fields. */
export function docToEntry<C extends CollectionName>(collection: C, doc: Doc, refs: ExportRefs): EntryOf<C> {
  const read = (schema: z.ZodType, value: unknown, parent: Doc): unknown => {
    const { schema: node, kind } = unwrap(schema)
    if (kind.altOf) {
      const image = parent[kind.altOf]
      return refs.mediaPath(image) && isDoc(image) ? image.alt : undefined
    }
    if (kind.markdown) {
      const states = isDoc(value) ? value : {}
      return Object.fromEntries(locales.flatMap((locale) => (states[locale] ? [[locale, refs.richText.toMarkdown(states[locale])]] : [])))
    }
    if (kind.localized) return value
    if (kind.implied !== undefined && value === kind.implied) return undefined
    if (kind.media) return refs.mediaPath(value)
    if (kind.reference) {
      const polymorphic = isDoc(value) && 'relationTo' in value
      const target = (polymorphic ? value.relationTo : kind.reference.to[0]) as CollectionName
      const slug = refs.slug(target, polymorphic ? value.value : value)
      if (slug !== undefined) return referenceValue(target, slug, kind.reference)
      // A reference that need not resolve (a domain) keeps its slug even when its entry is not part of the export.
      const populated = polymorphic ? value.value : value
      return !kind.reference.mustExist && isDoc(populated) ? populated.slug : undefined
    }
    const def = defOf(node)
    if (def.type === 'array' && def.element) return Array.isArray(value) ? value.map((item) => read(def.element!, item, isDoc(item) ? item : {})) : undefined
    if (def.type === 'object' && def.shape) {
      if (!isDoc(value)) return undefined
      return Object.fromEntries(Object.entries(def.shape).map(([key, field]) => [key, read(field, value[key], value)]))
    }
    return value
  }
  const shape = registry[collection].schema.shape as Record<string, z.ZodType>
  const entry: Doc = {}
  const { handles, toEntry } = differences[collection]
  for (const [key, field] of Object.entries(shape)) {
    if (key === registry[collection].publication) entry[key] = doc._status === 'draft' ? 'draft' : undefined
    else if (!handles.includes(key)) entry[key] = read(field, doc[key], doc)
  }
  // Keys in schema order (the canonical order), whichever side computed them.
  const computed: Doc = { ...entry, ...toEntry?.(doc, refs) }
  return clean(Object.fromEntries(Object.keys(shape).map((key) => [key, computed[key]]))) as EntryOf<C>
}

interface Difference<C extends CollectionName> {
  /** Bundle fields that `toEntry` and `toData` compute themselves. */
  handles: string[]
  /** Payload fields that no bundle field of the same name stands for (written by `toData`, read by `toEntry`). */
  payloadOnly: string[]
  /** Bundle fields computed differently from the document. */
  toEntry?(doc: Doc, refs: ExportRefs): Partial<EntryOf<C>>
  /** Payload data computed differently from the entry, for one locale's write. */
  toData?(entry: EntryOf<C>, context: { locale: Locale; refs: ImportRefs; thaiDoc?: Doc }): Doc
}

/** Where each collection's Payload fields are not its bundle fields. */
export const differences: { [C in CollectionName]: Difference<C> } = {
  glossary: { handles: [], payloadOnly: [] },
  domains: { handles: [], payloadOnly: [] },
  organizations: { handles: [], payloadOnly: [] },
  agreements: { handles: [], payloadOnly: [] },
  activities: {
    // BMA units are a managed list in the CMS (the units collection) and names in the bundle.
    handles: ['units'],
    payloadOnly: [],
    toEntry: (doc) => ({ units: (Array.isArray(doc.units) ? doc.units : []).filter(isDoc).map((unit) => unit.name) }) as Partial<Activity>,
    toData: (entry: Activity, { locale, refs }) =>
      locale === defaultLocale ? { units: (entry.units ?? []).map((name) => refs.unit(name)).filter((id) => id !== undefined) } : {},
  },
  news: {
    handles: ['date'],
    payloadOnly: [],
    // News dates are instants in the CMS (a date field) and Bangkok dates or date-times in the bundle.
    toEntry: (doc) => ({ date: exportDate(String(doc.date)) }),
    toData: (entry: NewsItem, { locale }) => (locale === defaultLocale ? { date: newsInstant(entry.date) } : {}),
  },
  cities: {
    // Internal agreements are a staff-only list of their own, so field access keeps them from the public.
    handles: ['agreements'],
    payloadOnly: ['internalAgreements'],
    toEntry: (doc, refs) => {
      const rows = (list: unknown, visibility?: 'internal') =>
        (Array.isArray(list) ? list : []).filter(isDoc).map((a) => ({ title: a.title, date: a.date, document: refs.mediaPath(a.document), visibility }))
      return { agreements: [...rows(doc.agreements), ...rows(doc.internalAgreements, 'internal')] } as Partial<City>
    },
    toData: (entry: City, { locale, refs, thaiDoc }) => {
      const rows = (internal: boolean) => {
        const thaiRows = (thaiDoc?.[internal ? 'internalAgreements' : 'agreements'] ?? []) as Doc[]
        return (entry.agreements ?? [])
          .filter((a) => (a.visibility === 'internal') === internal)
          .map((a, i) => ({ id: thaiRows[i]?.id, title: a.title[locale] ?? null, date: a.date ?? null, document: refs.media(a.document) ?? null }))
      }
      return { agreements: rows(false), internalAgreements: rows(true) }
    },
  },
}

/** Which fields (by name) of a collection the mapping writes to Payload: the bundle's, less bookkeeping, plus `payloadOnly`. */
export function payloadFieldNames(collection: CollectionName): string[] {
  const shape = registry[collection].schema.shape as Record<string, z.ZodType>
  const publication = registry[collection].publication
  return [...Object.keys(shape).filter((key) => key !== publication && !unwrap(shape[key]!).kind.altOf), ...differences[collection].payloadOnly]
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

export { fieldsOf }
