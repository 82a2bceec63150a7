/**
 * Writes the CMS's content as a bundle. Without `includeInternal` it reads as an anonymous visitor would (access
 * control on, published documents only) and strips staff fields: the snapshot the site is built from. With it,
 * a full staff backup: drafts, internal fields and internal documents included.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { toPublic, writeBundle, type Bundle } from '../../content/bundle.ts'
import { bundleOf, collections, type CollectionName } from '../../content/schema/index.ts'
import { isDoc, type Doc } from './documents.ts'
import { docToEntry, type ExportRefs } from './mapping.ts'
import { bundlePathOf } from './mediaPaths.ts'
import { readDocs } from './readDocs.ts'
import { copyUploadTo } from '../storage/readUpload.ts'
import { richTextConverter, type RichTextConverter } from './richText.ts'

export interface ExportOptions {
  includeInternal?: boolean
  /** Reads inside this request's transaction (a backup's snapshot). */
  req?: PayloadRequest
}

/** Where an export reads from: documents read with `locale: 'all'` and `depth: 1`, and the media files themselves. */
export interface ContentSource {
  read(collection: CollectionName): Promise<Doc[]>
  saveFile(media: Doc, to: string): Promise<void>
}

export async function exportBundle(payload: Payload, out: string, { includeInternal = false, req }: ExportOptions = {}): Promise<Bundle> {
  const source: ContentSource = {
    read: (collection) => readDocs(payload, collection, { staff: includeInternal, req }),
    saveFile: copyUpload(payload),
  }
  return writeSnapshot(source, await richTextConverter(payload.config), out, { includeInternal })
}

/** Saves a media item's file from the storage the CMS uses (the upload folder or the bucket). */
export function copyUpload(payload: Payload): ContentSource['saveFile'] {
  return (media, to) => copyUploadTo(payload, { ...media, id: media.id as number | string, filename: String(media.filename) }, to)
}

/** Writes the media files an export collected (by bundle path) under `out/media/`. */
export async function saveMediaFiles(files: Map<string, Doc>, out: string, save: ContentSource['saveFile']): Promise<void> {
  for (const [path, media] of files) {
    await mkdir(dirname(join(out, 'media', path)), { recursive: true })
    await save(media, join(out, 'media', path))
  }
}

/**
 * The public snapshot read over HTTP from a running CMS, as an anonymous visitor: what `npm run build` uses when the
 * build machine has the CMS's address (CMS_URL) but no database credentials.
 */
export async function exportPublicSnapshotOverHttp(cmsUrl: string, out: string, richText: RichTextConverter): Promise<Bundle> {
  const fetchOk = async (path: string) => {
    const response = await fetch(new URL(path, cmsUrl))
    if (!response.ok) throw new Error(`${new URL(path, cmsUrl)} answered ${response.status} ${response.statusText}`)
    return response
  }
  const source: ContentSource = {
    read: async (collection) => {
      // Anonymous readers page through at most 100 documents at a time (cms/api/limits.ts).
      const docs: Doc[] = []
      for (let page = 1; ; page++) {
        const answer = (await (await fetchOk(`/api/${collection}?locale=all&depth=1&limit=100&sort=id&page=${page}`)).json()) as {
          docs: Doc[]
          hasNextPage: boolean
        }
        docs.push(...answer.docs)
        if (!answer.hasNextPage) return docs
      }
    },
    saveFile: async (media, to) => writeFile(to, Buffer.from(await (await fetchOk(String(media.url))).arrayBuffer())),
  }
  return writeSnapshot(source, richText, out, { includeInternal: false })
}

/**
 * How an export turns references into bundle paths and slugs. Media files used are collected in `files` (by bundle
 * path); `touched` hears `collection:id` of every document and media item a conversion refers to, readable or not
 * (an anonymous read gives only the id of an unpublished term).
 */
export function exportRefs(
  richText: RichTextConverter,
  exported: Map<CollectionName, Set<string>>,
  files: Map<string, Doc>,
  touched: (key: string) => void = () => {},
): ExportRefs {
  const note = (collection: string, ref: unknown) => {
    if (ref !== null && ref !== undefined) touched(`${collection}:${isDoc(ref) ? ref.id : ref}`)
  }
  return {
    richText,
    mediaPath(media) {
      note('media', media)
      const path = bundlePathOf(media)
      if (path && isDoc(media)) files.set(path, media)
      return path
    },
    // A reference to something not in this export (an unpublished term, say) is left out, so the bundle stays whole.
    slug(collection, ref) {
      note(collection, ref)
      return isDoc(ref) && typeof ref.slug === 'string' && exported.get(collection)?.has(ref.slug) ? ref.slug : undefined
    },
  }
}

async function writeSnapshot(
  source: ContentSource,
  richText: RichTextConverter,
  out: string,
  { includeInternal }: { includeInternal: boolean },
): Promise<Bundle> {
  const docs = new Map(await Promise.all(collections.map(async (c) => [c, await source.read(c)] as const)))
  const exported = new Map(collections.map((c) => [c, new Set(docs.get(c)!.map((d) => String(d.slug)))]))

  const files = new Map<string, Doc>()
  const refs = exportRefs(richText, exported, files)
  const entries = <C extends CollectionName>(collection: C) =>
    docs
      .get(collection)!
      .map((doc) => docToEntry(collection, doc, refs))
      .map((entry) => (includeInternal ? entry : toPublic(collection, entry)))
  const bundle = bundleOf(entries)

  await writeBundle(out, bundle)
  await rm(join(out, 'media'), { recursive: true, force: true })
  await saveMediaFiles(files, out, source.saveFile)
  return bundle
}
