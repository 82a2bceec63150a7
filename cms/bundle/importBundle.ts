/**
 * Imports a content bundle into the CMS: all or nothing, idempotent. The whole bundle is checked before anything is
 * written; the writes run in one database transaction (./oneTransaction.ts); an entry that already holds exactly the
 * bundle's content is left alone, so a re-import neither duplicates nor adds versions. Collections are written in
 * dependency order (`dependencyOrder`). A new entry is created in Thai through the Local API and, once its collection
 * is written, given its other languages and references to its own collection in one write (./addLocales.ts); a
 * changed entry is saved in each language through the Local API, its references to its own collection after.
 * Spreadsheets (./importSheet.ts) are checked their own way and written here too (`importEntries`), so that both
 * imports write exactly alike.
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { isolateObjectProperty, type Payload, type PayloadRequest } from 'payload'
import { BundleError, readBundle, serializeEntry, type Bundle } from '../../content/bundle.ts'
import {
  collections,
  defaultLocale,
  dependencyOrder,
  fieldsOf,
  isDraft,
  locales,
  localesOf,
  referenceTarget,
  registry,
  titleOf,
  valuesAt,
  type CollectionName,
  type EntryOf,
  type Locale,
  type Visibility,
  visibilities,
} from '../../content/schema/index.ts'
import { recordChange } from '../deploy/recordChange.ts'
import { forgetPublicReads } from '../http/publicReads.ts'
import { importedTranslationFields } from '../translations/recordImported.ts'
import { addLocales } from './addLocales.ts'
import { currentEntryRefs } from './currentEntries.ts'
import { asDocs, createDocument, isDoc, updateDocument, type Doc } from './documents.ts'
import { docToEntry, entryToData, selfReferenceData, selfReferenceFields, type ImportRefs } from './mapping.ts'
import { bundlePathOf, mediaAtPaths } from './mediaPaths.ts'
import { inOneTransaction } from './oneTransaction.ts'
import { readDocs } from './readDocs.ts'
import { richTextConverter, type RichTextConverter } from './richText.ts'

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  media: number
}

type Localized = Partial<Record<Locale, string>>
type Id = number | string

/** Where checked entries come from, for error messages, media files and the deploy record. */
export interface EntrySource {
  /** Names the import in the deploy it queues (the bundle's folder, the spreadsheet's file). */
  label: string
  /** Names an entry in an error (a bundle file, a spreadsheet row). */
  where(collection: CollectionName, slug: string): string
  /** The folder media paths are read from. A path with no file there names a media item the CMS already holds. */
  mediaDir?: string
  /** Who imports (e-mail), for the deploy record. */
  by?: string
}

export async function importBundle(payload: Payload, dir: string): Promise<ImportSummary> {
  const bundle = await readBundle(dir)
  const label = basename(dir)
  return importEntries(payload, bundle, { label, where: (collection, slug) => `${label}/${collection}/${slug}.json`, mediaDir: join(dir, 'media') })
}

/**
 * Writes checked entries, all or nothing, in one transaction. References resolve to the entries written and, for
 * what they do not hold, to the entries already in the CMS.
 */
export async function importEntries(payload: Payload, bundle: Bundle, source: EntrySource): Promise<ImportSummary> {
  const richText = await richTextConverter(payload.config)
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, media: 0 }
  await inOneTransaction(payload, { bulkImport: true }, async (req) => {
    const mediaIds = await importMedia(payload, req, source, bundle, summary)
    const unitIds = await importUnits(payload, req, bundle)
    const idsBySlug = new Map(collections.map((c) => [c, new Map<string, Id>()]))
    const refs: ImportRefs = {
      media: (path) => (path ? mediaIds.get(path) : undefined),
      id: (collection, slug) => idsBySlug.get(collection)?.get(slug),
      unit: (name) => unitIds.get(name[defaultLocale] ?? ''),
    }
    const exportRefs = currentEntryRefs(richText)

    for (const collection of dependencyOrder()) {
      const current = new Map((await readDocs(payload, collection, { staff: true, req })).map((doc) => [doc.slug as string, doc]))
      for (const [slug, doc] of current) idsBySlug.get(collection)!.set(slug, doc.id as Id)
      for (const slug of missingTargets(bundle, collection, current)) {
        // A reference that need not resolve (a domain the bundle does not define) gets an entry named by its slug.
        const stub = { slug, [registry[collection].title]: { [defaultLocale]: slug } } as unknown as EntryOf<typeof collection>
        const doc = await withContext(source.where(collection, slug), () => createInThai(payload, req, collection, stub, refs, richText))
        idsBySlug.get(collection)!.set(slug, doc.id as Id)
        summary.created++
      }
      const created: { entry: EntryOf<typeof collection>; thai: Doc }[] = []
      const changed: EntryOf<typeof collection>[] = []
      for (const entry of bundle[collection]) {
        const before = current.get(entry.slug)
        const beforeEntry = before && docToEntry(collection, before, exportRefs)
        if (beforeEntry && serializeEntry(collection, beforeEntry) === serializeEntry(collection, entry)) {
          idsBySlug.get(collection)!.set(entry.slug, before.id as Id)
          summary.unchanged++
          continue
        }
        const doc = await withContext(source.where(collection, entry.slug), () =>
          before
            ? update(payload, req, collection, entry, before, beforeEntry!, refs, richText)
            : createInThai(payload, req, collection, entry, refs, richText),
        )
        idsBySlug.get(collection)!.set(entry.slug, doc.id as Id)
        if (before) changed.push(entry)
        else created.push({ entry, thai: doc })
        summary[before ? 'updated' : 'created']++
      }
      // Once every entry of the collection exists: the new ones get their translations and the references to their
      // own collection in one write each, the changed ones their references in a save of their own.
      for (const { entry, thai } of created) {
        await withContext(source.where(collection, entry.slug), () => addTranslations(payload, req, collection, entry, thai, refs, richText))
      }
      if (selfReferenceFields(collection).length > 0) await importSelfReferences(payload, req, collection, changed, current, refs, richText, source)
    }
  })
  // Answers cached while the import ran were read from before it. One deploy for the whole import, recorded once
  // it is committed, rather than one change per saved document.
  forgetPublicReads()
  if (summary.created + summary.updated + summary.media > 0)
    await recordChange(payload, { collection: 'content', slug: source.label, action: 'import', by: source.by }, { committed: true })
  return summary
}

/** Slugs of `collection` that the bundle refers to where it need not define them, and that neither it nor the CMS has. */
function missingTargets(bundle: Bundle, collection: CollectionName, current: Map<string, Doc>): string[] {
  const defined = new Set(bundle[collection].map((entry) => entry.slug))
  const named = new Set<string>()
  for (const source of collections) {
    for (const { path, kind } of fieldsOf(source)) {
      if (!kind.reference || kind.reference.mustExist || !kind.reference.to.includes(collection)) continue
      for (const entry of bundle[source]) {
        for (const { value } of valuesAt(entry, path)) if (typeof value === 'string') named.add(referenceTarget(value, kind.reference).slug)
      }
    }
  }
  return [...named].filter((slug) => !defined.has(slug) && !current.has(slug)).sort()
}

/** A save of an entry in one language, as the Local API takes it: drafts stay drafts, the rest is published. */
function save<C extends CollectionName>(payload: Payload, req: PayloadRequest, collection: C, entry: EntryOf<C>, locale: Locale, data: Doc, id?: Id) {
  const status = isDraft(collection, entry) ? 'draft' : 'published'
  const options = { collection, req, locale, draft: status === 'draft', data: { ...data, _status: status } }
  return id === undefined ? createDocument(payload, options) : updateDocument(payload, id, options)
}

/** A new entry, created in Thai: its other languages follow in `addTranslations`. */
function createInThai<C extends CollectionName>(
  payload: Payload,
  req: PayloadRequest,
  collection: C,
  entry: EntryOf<C>,
  refs: ImportRefs,
  richText: RichTextConverter,
) {
  return save(payload, req, collection, entry, defaultLocale, entryToData(collection, entry, defaultLocale, refs, richText))
}

/**
 * A new entry's other languages and references to its own collection, added to the document and its version in one
 * write (./addLocales.ts), with the translation state a save in each language would have recorded.
 */
async function addTranslations<C extends CollectionName>(
  payload: Payload,
  req: PayloadRequest,
  collection: C,
  entry: EntryOf<C>,
  thai: Doc,
  refs: ImportRefs,
  richText: RichTextConverter,
): Promise<void> {
  const held = localesOf(collection, entry)
  const translated = locales.filter((locale) => locale !== defaultLocale && held.has(locale))
  const writes = translated.map((locale) => ({ locale, data: entryToData(collection, entry, locale, refs, richText, { thaiDoc: thai }) }))
  const selfReferences = selfReferenceFields(collection).length > 0 ? selfReferenceData(collection, entry, refs, richText) : {}
  if (Object.values(selfReferences).some((ids) => Array.isArray(ids) && ids.length > 0)) writes.push({ locale: defaultLocale, data: selfReferences })
  const fields = payload.collections[collection].config.fields
  await addLocales(payload, req, collection, thai.id as Id, writes, {
    draft: isDraft(collection, entry),
    complete: (doc) => importedTranslationFields(collection, fields, doc, translated),
  })
}

/** A changed entry, saved in every language it has or had (so that a removed translation is cleared), one save each. */
async function update<C extends CollectionName>(
  payload: Payload,
  req: PayloadRequest,
  collection: C,
  entry: EntryOf<C>,
  before: Doc,
  beforeEntry: EntryOf<C>,
  refs: ImportRefs,
  richText: RichTextConverter,
): Promise<Doc> {
  const thai = await save(payload, req, collection, entry, defaultLocale, entryToData(collection, entry, defaultLocale, refs, richText), before.id as Id)
  const written = new Set([...localesOf(collection, entry), ...localesOf(collection, beforeEntry)])
  for (const locale of locales.filter((l) => l !== defaultLocale && written.has(l))) {
    await save(payload, req, collection, entry, locale, entryToData(collection, entry, locale, refs, richText, { thaiDoc: thai }), thai.id as Id)
  }
  return thai
}

/** References of a collection's entries to the same collection (related terms), once every entry exists. */
async function importSelfReferences<C extends CollectionName>(
  payload: Payload,
  req: PayloadRequest,
  collection: C,
  entries: EntryOf<C>[],
  before: Map<string, Doc>,
  refs: ImportRefs,
  richText: RichTextConverter,
  source: EntrySource,
) {
  const fields = selfReferenceFields(collection)
  for (const entry of entries) {
    const data = selfReferenceData(collection, entry, refs, richText)
    const current = before.get(entry.slug)
    const same = fields.every((field) => JSON.stringify(idsOf(current?.[field])) === JSON.stringify(data[field] ?? []))
    if (same) continue
    const draft = isDraft(collection, entry)
    const write = { collection, req, draft, locale: defaultLocale, data: { ...data, _status: draft ? 'draft' : 'published' } }
    await withContext(source.where(collection, entry.slug), () => updateDocument(payload, refs.id(collection, entry.slug)!, write))
  }
}

/** Ids of a stored relationship list (read with depth 1: populated documents). */
const idsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value.map((ref) => (isDoc(ref) ? ref.id : ref)) : [])

interface MediaUse {
  alt: Localized
  /** Whether the alternative text is the image's own (`imageAlt`), not borrowed from a title. */
  ownAlt: boolean
  visibility: Visibility
}

/**
 * Every media file the bundle names, with the alternative text its first user gives it (the image's `alt` field, else
 * the title of the item holding it, else the entry's title) and the most restrictive visibility of what holds it.
 */
function mediaUses(bundle: Bundle): Map<string, MediaUse> {
  const uses = new Map<string, MediaUse>()
  for (const collection of collections) {
    const fields = fieldsOf(collection)
    for (const entry of bundle[collection]) {
      for (const { path, kind } of fields) {
        if (!kind.media) continue
        for (const { value, at } of valuesAt(entry, path)) {
          if (typeof value !== 'string' || uses.has(value)) continue
          const holders = at.slice(0, -1).reduce<unknown[]>((chain, key) => [...chain, (chain.at(-1) as Record<string | number, unknown>)[key]], [entry])
          const holder = holders.at(-1) as Record<string, unknown>
          const altField = fields.find(
            (f) => f.kind.altOf === path.at(-1) && f.path.length === path.length && f.path.slice(0, -1).join() === path.slice(0, -1).join(),
          )
          const ownAlt = altField && (holder[altField.path.at(-1)!] as Localized | undefined)
          const alt = ownAlt ?? (holder.title as Localized | undefined) ?? titleOf(collection, entry)
          uses.set(value, { alt, ownAlt: Boolean(ownAlt), visibility: mostRestrictive(holders) })
        }
      }
    }
  }
  return uses
}

/** The most restrictive visibility of the entry and items holding a file (a v1 `internal` agreement is the office's). */
function mostRestrictive(holders: unknown[]): Visibility {
  const levels = holders.map((holder) => (isDoc(holder) ? holder.visibility : undefined)).map((v) => (v === 'internal' ? 'office' : v))
  return visibilities.findLast((level) => levels.includes(level)) ?? 'public'
}

async function importMedia(payload: Payload, req: PayloadRequest, source: EntrySource, bundle: Bundle, summary: ImportSummary): Promise<Map<string, Id>> {
  const uses = mediaUses(bundle)
  const { docs } = await payload.find({
    collection: 'media',
    req,
    overrideAccess: true,
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    where: mediaAtPaths([...uses.keys()]),
  })
  const existing = new Map(asDocs(docs).map((doc) => [bundlePathOf(doc), doc]))
  const ids = new Map<string, Id>()
  for (const [path, use] of uses) {
    const filePath = source.mediaDir === undefined ? undefined : join(source.mediaDir, path)
    const supplied = filePath !== undefined && existsSync(filePath)
    const before = existing.get(path)
    if (!supplied && !before) throw new BundleError([{ file: `${source.label}/media/${path}`, field: '', reason: 'is neither supplied nor in the CMS' }])
    // A file named but not supplied (a spreadsheet naming one of the media library) keeps its file and its text, unless
    // the entry gives the image's own alternative text, and becomes no more visible than the entries holding it allow.
    const alt = supplied || use.ownAlt ? use.alt : ((before!.alt ?? {}) as Localized)
    const visibility = supplied || moreRestrictive(use.visibility, before!.visibility) ? use.visibility : (before!.visibility as Visibility)
    const beforeAlt = before?.alt as Localized | undefined
    const sameFile = before && (!supplied || before.filesize === (await stat(filePath!)).size)
    const sameText = before && locales.every((l) => (beforeAlt?.[l] ?? null) === (alt[l] ?? null)) && before.visibility === visibility
    if (before && sameFile && sameText) {
      ids.set(path, before.id as Id)
      continue
    }
    const doc = await withContext(`${source.label}/media/${path}`, async () => {
      // Each file gets its own request state in the import's transaction: storage adapters keep the file being
      // uploaded on the request, and must not see the previous one.
      const fileReq = isolateObjectProperty(req, ['context', 'file', 'payloadUploadSizes'])
      fileReq.context = { ...req.context }
      const write = (locale: Locale) => ({
        collection: 'media' as const,
        req: fileReq,
        locale,
        data: { alt: alt[locale] ?? null, ...(locale === defaultLocale && { visibility, ...(supplied && { bundlePath: path }) }) },
      })
      const others = locales.filter((l) => l !== defaultLocale && (alt[l] || beforeAlt?.[l]))
      if (!before) {
        // A new file is processed once, in its Thai save; its other languages' texts follow in one write.
        const thai = await createDocument(payload, { ...write(defaultLocale), filePath })
        await addLocales(
          payload,
          req,
          'media',
          thai.id,
          others.map((locale) => ({ locale, data: write(locale).data })),
        )
        return thai
      }
      const thai = await updateDocument(payload, before.id as Id, { ...write(defaultLocale), ...(!sameFile && { filePath, overwriteExistingFiles: true }) })
      for (const locale of others) await updateDocument(payload, thai.id, write(locale))
      return thai
    })
    ids.set(path, doc.id as Id)
    summary.media++
  }
  return ids
}

/** Whether a visibility lets fewer people read than another. */
const moreRestrictive = (level: Visibility, than: unknown) => visibilities.indexOf(level) > visibilities.indexOf((than ?? 'public') as Visibility)

/**
 * The BMA units the bundle's activities name, by Thai name: found in the CMS's managed list, or added to it with the
 * names the bundle gives (the list in the CMS is the one editors keep, so existing units keep their names).
 */
async function importUnits(payload: Payload, req: PayloadRequest, bundle: Bundle): Promise<Map<string, Id>> {
  const named = new Map<string, Localized>()
  for (const activity of bundle.activities) for (const unit of activity.units ?? []) if (!named.has(unit.th)) named.set(unit.th, unit)
  const ids = new Map<string, Id>()
  if (named.size === 0) return ids
  const { docs } = await payload.find({ collection: 'units', req, overrideAccess: true, locale: defaultLocale, depth: 0, limit: 0, pagination: false })
  for (const unit of docs) if (unit.name) ids.set(unit.name, unit.id)
  for (const [thai, names] of named) {
    if (ids.has(thai)) continue
    const unit = await createDocument(payload, { collection: 'units', req, locale: defaultLocale, data: { name: thai } })
    const others = locales.filter((l) => l !== defaultLocale && names[l])
    await addLocales(
      payload,
      req,
      'units',
      unit.id,
      others.map((locale) => ({ locale, data: { name: names[locale] } })),
    )
    ids.set(thai, unit.id)
  }
  return ids
}

/** Names the bundle file a CMS error belongs to, so an import failure reads like a bundle check failure. */
async function withContext<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof BundleError) throw error
    const details = (error as { data?: { errors?: { path?: string; message: string }[] } }).data?.errors
    const problems = details?.length
      ? details.map((detail) => ({ file, field: detail.path ?? '', reason: detail.message }))
      : [{ file, field: '', reason: (error as Error).message }]
    throw new BundleError(problems)
  }
}
