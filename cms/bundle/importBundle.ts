/**
 * Imports a content bundle into the CMS: all or nothing, idempotent. The whole bundle is checked before anything is
 * written; the writes run in one database transaction; an entry that already holds exactly the bundle's content is
 * left alone, so a re-import neither duplicates nor adds versions.
 */
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, isolateObjectProperty, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { BundleError, readBundle, serializeEntry, type Bundle } from '../../content/bundle.ts'
import { defaultLocale, locales, type CollectionName, type EntryOf, type GlossaryEntry, type Locale } from '../../content/schema.ts'
import { docToEntry, entryToData, glossaryRelations, type ExportRefs, type ImportRefs } from './mapping.ts'
import { recordChange } from '../deploy/recordChange.ts'
import { readDocs } from './readDocs.ts'
import { richTextConverter } from './richText.ts'

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  media: number
}

type Doc = Record<string, any>
type Localized = Partial<Record<Locale, string>>
type Id = number | string

/** The field whose presence in a locale says the entry has been translated into it. */
const titleField = { glossary: 'term', cities: 'name', news: 'title' } as const

export async function importBundle(payload: Payload, dir: string): Promise<ImportSummary> {
  const bundle = await readBundle(dir)
  const richText = await richTextConverter(payload.config)
  // One deploy for the whole import, recorded once it is committed, rather than one change per saved document.
  const req = await createLocalReq({ context: { bulkImport: true } }, payload)
  await initTransaction(req)
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, media: 0 }
  try {
    const mediaIds = await importMedia(payload, req, dir, bundle, summary)
    const idsBySlug = { glossary: new Map<string, Id>(), cities: new Map<string, Id>() }
    const refs: ImportRefs = { media: (path) => (path ? mediaIds.get(path) : undefined), id: (collection, slug) => idsBySlug[collection].get(slug) }

    const existing = async (collection: CollectionName) => {
      const docs = await readDocs(payload, collection, { staff: true, req })
      return new Map(docs.map((doc) => [doc.slug as string, doc]))
    }
    const exportRefs: ExportRefs = {
      richText,
      mediaPath: (media) => (media && typeof media === 'object' ? ((media as Doc).bundlePath ?? undefined) : undefined),
      slug: (_, ref) => (ref && typeof ref === 'object' ? (ref as Doc).slug : undefined),
    }

    for (const collection of ['glossary', 'cities', 'news'] as const) {
      const current = await existing(collection)
      for (const entry of bundle[collection]) {
        const file = `${basename(dir)}/${collection}/${entry.slug}.json`
        const before = current.get(entry.slug)
        if (before && serializeEntry(collection, docToEntry(collection, before, exportRefs)) === serializeEntry(collection, entry as never)) {
          if (collection !== 'news') idsBySlug[collection].set(entry.slug, before.id)
          summary.unchanged++
          continue
        }
        const doc = await withContext(file, () => upsert(payload, req, collection, entry as never, before, refs, richText))
        if (collection !== 'news') idsBySlug[collection].set(entry.slug, doc.id)
        summary[before ? 'updated' : 'created']++
      }
      if (collection === 'glossary') await importGlossaryRelations(payload, req, bundle.glossary, current, refs, basename(dir))
    }
    await commitTransaction(req)
    if (summary.created + summary.updated + summary.media > 0) await recordChange(payload, { collection: 'content', slug: basename(dir), action: 'import' })
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function upsert<C extends CollectionName>(
  payload: Payload,
  req: PayloadRequest,
  collection: C,
  entry: EntryOf<C>,
  before: Doc | undefined,
  refs: ImportRefs,
  richText: Awaited<ReturnType<typeof richTextConverter>>,
): Promise<Doc> {
  const status = entry.status ?? 'published'
  const options = { collection, req, overrideAccess: true, draft: status === 'draft', depth: 0 } as const
  const write = (locale: Locale, data: Doc, id?: Id) =>
    id === undefined
      ? payload.create({ ...options, locale, data: { ...data, _status: status } as never })
      : payload.update({ ...options, id, locale, data: { ...data, _status: status } as never })

  const thai = (await write(defaultLocale, entryToData(collection, entry, defaultLocale, refs, richText), before?.id)) as Doc
  const title = titleField[collection]
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const translated = Boolean((entry as unknown as Record<string, Localized>)[title][locale])
    const hadTranslation = Boolean(before?.[title]?.[locale])
    if (translated || hadTranslation) await write(locale, entryToData(collection, entry, locale, refs, richText, thai), thai.id)
  }
  return thai
}

async function importGlossaryRelations(
  payload: Payload,
  req: PayloadRequest,
  terms: GlossaryEntry[],
  before: Map<string, Doc>,
  refs: ImportRefs,
  label: string,
) {
  for (const term of terms) {
    const current = (before.get(term.slug)?.related ?? []).map((ref: Doc) => ref?.slug).join()
    if (current === (term.related ?? []).join()) continue
    const id = refs.id('glossary', term.slug)!
    const draft = term.status === 'draft'
    await withContext(`${label}/glossary/${term.slug}.json`, () =>
      payload.update({
        collection: 'glossary',
        id,
        req,
        overrideAccess: true,
        draft,
        locale: defaultLocale,
        depth: 0,
        data: { ...glossaryRelations(term, refs), _status: draft ? 'draft' : 'published' } as never,
      }),
    )
  }
}

interface MediaUse {
  alt: Localized
  internal: boolean
}

/** Every media file the bundle names, with the alternative text its first user gives it. */
function mediaUses(bundle: Bundle): Map<string, MediaUse> {
  const uses = new Map<string, MediaUse>()
  const use = (path: string | undefined, alt: Localized | undefined, fallback: Localized, internal = false) => {
    if (path && !uses.has(path)) uses.set(path, { alt: alt ?? fallback, internal })
  }
  for (const city of bundle.cities) {
    use(city.image, city.imageAlt, city.name)
    city.gallery?.forEach((g) => use(g.image, g.alt, city.name))
    city.agreements?.forEach((a) => use(a.document, a.title, a.title, a.visibility === 'internal'))
  }
  for (const item of bundle.news) use(item.image, item.imageAlt, item.title)
  return uses
}

async function importMedia(payload: Payload, req: PayloadRequest, dir: string, bundle: Bundle, summary: ImportSummary): Promise<Map<string, Id>> {
  const uses = mediaUses(bundle)
  const { docs } = await payload.find({
    collection: 'media',
    req,
    overrideAccess: true,
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    where: { bundlePath: { in: [...uses.keys()] } },
  })
  const existing = new Map(docs.map((doc) => [(doc as Doc).bundlePath as string, doc as Doc]))
  const ids = new Map<string, Id>()
  for (const [path, { alt, internal }] of uses) {
    const filePath = join(dir, 'media', path)
    const before = existing.get(path)
    const sameFile = before && before.filesize === (await stat(filePath)).size
    const sameText = before && locales.every((l) => (before.alt?.[l] ?? null) === (alt[l] ?? null)) && Boolean(before.internal) === internal
    if (before && sameFile && sameText) {
      ids.set(path, before.id)
      continue
    }
    const doc = await withContext(`${basename(dir)}/media/${path}`, async () => {
      // Each file gets its own request state in the import's transaction: storage adapters keep the file being
      // uploaded on the request, and must not see the previous one.
      const fileReq = isolateObjectProperty(req, ['context', 'file', 'payloadUploadSizes'])
      fileReq.context = { ...req.context }
      const options = { collection: 'media', req: fileReq, overrideAccess: true, depth: 0 } as const
      const data = (locale: Locale) => ({ alt: alt[locale] ?? null, ...(locale === defaultLocale && { internal, bundlePath: path }) })
      const thai = before
        ? await payload.update({
            ...options,
            id: before.id,
            locale: defaultLocale,
            data: data(defaultLocale),
            ...(!sameFile && { filePath, overwriteExistingFiles: true }),
          })
        : await payload.create({ ...options, locale: defaultLocale, data: data(defaultLocale) as never, filePath })
      for (const locale of locales.filter((l) => l !== defaultLocale && (alt[l] || before?.alt?.[l]))) {
        await payload.update({ ...options, id: thai.id, locale, data: data(locale) })
      }
      return thai as Doc
    })
    ids.set(path, doc.id)
    summary.media++
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
