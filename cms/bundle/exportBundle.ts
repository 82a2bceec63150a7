/**
 * Writes the CMS's content as a bundle. Without `includeInternal` it reads as an anonymous visitor would (access
 * control on, published documents only) and strips staff fields: the snapshot the site is built from. With it,
 * a full staff backup: drafts, internal fields and internal documents included.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Payload } from 'payload'
import { toPublic, writeBundle, type Bundle } from '../../content/bundle.ts'
import type { CollectionName } from '../../content/schema.ts'
import { docToEntry, type ExportRefs } from './mapping.ts'
import { readDocs } from './readDocs.ts'
import { richTextConverter } from './richText.ts'

export interface ExportOptions {
  includeInternal?: boolean
}

type Doc = Record<string, any>

export async function exportBundle(payload: Payload, out: string, { includeInternal = false }: ExportOptions = {}): Promise<Bundle> {
  const read = (collection: CollectionName) => readDocs(payload, collection, { staff: includeInternal })
  const docs = { glossary: await read('glossary'), cities: await read('cities'), news: await read('news') }
  const exported = { glossary: new Set(docs.glossary.map((d) => d.slug)), cities: new Set(docs.cities.map((d) => d.slug)) }

  const files = new Map<string, string>()
  const mediaDir = payload.collections.media.config.upload.staticDir ?? 'media'
  const refs: ExportRefs = {
    richText: await richTextConverter(payload),
    mediaPath(media) {
      if (!media || typeof media !== 'object' || !(media as Doc).filename) return undefined
      const { bundlePath, filename } = media as Doc
      const path = bundlePath ?? `uploads/${filename}`
      files.set(path, filename)
      return path
    },
    // A relation to something not in this export (an unpublished term, say) is left out, so the bundle stays whole.
    slug: (collection, ref) => (ref && typeof ref === 'object' && exported[collection].has((ref as Doc).slug) ? (ref as Doc).slug : undefined),
  }
  const entries = <C extends CollectionName>(collection: C) =>
    docs[collection].map((doc) => docToEntry(collection, doc, refs)).map((entry) => (includeInternal ? entry : toPublic(collection, entry)))
  const bundle = { glossary: entries('glossary'), cities: entries('cities'), news: entries('news') } as Bundle

  await writeBundle(out, bundle)
  await rm(join(out, 'media'), { recursive: true, force: true })
  for (const [path, filename] of files) {
    await mkdir(dirname(join(out, 'media', path)), { recursive: true })
    await copyFile(join(mediaDir, filename), join(out, 'media', path))
  }
  return bundle
}

