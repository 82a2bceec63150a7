/**
 * What the CMS holds now, as bundle entries (a full backup's view: drafts and staff fields included): what an import
 * compares an entry with to leave it alone when unchanged, and what a spreadsheet row updates.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { CollectionName, EntryOf } from '../../content/schema/index.ts'
import { isDoc, type Doc } from './documents.ts'
import { docToEntry, type ExportRefs } from './mapping.ts'
import { bundlePathOf } from './mediaPaths.ts'
import { readDocs } from './readDocs.ts'
import type { RichTextConverter } from './richText.ts'

/** How a stored document's references read as a bundle's: media by bundle path, documents by slug. */
export const currentEntryRefs = (richText: RichTextConverter): ExportRefs => ({
  richText,
  mediaPath: bundlePathOf,
  slug: (_, ref) => (isDoc(ref) && typeof ref.slug === 'string' ? ref.slug : undefined),
})

/** Every entry of a collection as the CMS holds it, by slug, with its document. */
export async function currentEntries<C extends CollectionName>(
  payload: Payload,
  collection: C,
  richText: RichTextConverter,
  req?: PayloadRequest,
): Promise<Map<string, { doc: Doc; entry: EntryOf<C> }>> {
  const refs = currentEntryRefs(richText)
  const docs = await readDocs(payload, collection, { staff: true, req })
  return new Map(docs.map((doc) => [String(doc.slug), { doc, entry: docToEntry(collection, doc, refs) }]))
}
