import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'
import { recordChange } from '../../../deploy/recordChange.ts'

/** True when published content shows this file (a cover, a gallery image, a public agreement document). */
async function usedByPublishedContent(payload: Payload, id: number | string): Promise<boolean> {
  const published = { _status: { equals: 'published' } }
  const uses = [
    payload.count({
      collection: 'cities',
      where: { and: [published, { or: [{ image: { equals: id } }, { 'gallery.image': { equals: id } }, { 'agreements.document': { equals: id } }] }] },
    }),
    payload.count({ collection: 'news', where: { and: [published, { image: { equals: id } }] } }),
  ]
  return (await Promise.all(uses)).some(({ totalDocs }) => totalDocs > 0)
}

async function queueIfUsed(payload: Payload, doc: { id: number | string; filename?: string }, by: unknown): Promise<void> {
  if (await usedByPublishedContent(payload, doc.id))
    await recordChange(payload, { collection: 'media', slug: doc.filename, action: 'media', by: by as string | undefined })
}

/** A replaced file or new alternative text of a published image redeploys the site; a new upload alone does not. */
export const queueDeployOnMediaChange: CollectionAfterChangeHook = async ({ context, doc, operation, req }) => {
  if (operation === 'update' && !context.bulkImport) await queueIfUsed(req.payload, doc, req.user?.email)
  return doc
}

export const queueDeployOnMediaDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueIfUsed(req.payload, doc, req.user?.email)
  return doc
}
