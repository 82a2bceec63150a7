import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, Where } from 'payload'
import { collections, fieldsOf } from '../../../../content/schema/index.ts'
import { recordChange } from '../../../deploy/recordChange.ts'
import type { Media } from '../../../payload-types.ts'

/** Per collection, the fields that name a media file, as Payload query paths (`gallery.image`). */
const mediaFields = collections
  .map((collection) => ({ collection, paths: fieldsOf(collection).flatMap((f) => (f.kind.media ? [f.path.filter((key) => key !== '*').join('.')] : [])) }))
  .filter(({ paths }) => paths.length > 0)

/** True when published content shows this file (a cover, a gallery image, a public document). */
async function usedByPublishedContent(payload: Payload, id: number | string): Promise<boolean> {
  const uses = mediaFields.map(({ collection, paths }) => {
    const where: Where = { and: [{ _status: { equals: 'published' } }, { or: paths.map((path) => ({ [path]: { equals: id } })) }] }
    return payload.count({ collection, where })
  })
  return (await Promise.all(uses)).some(({ totalDocs }) => totalDocs > 0)
}

async function queueIfUsed(payload: Payload, doc: Media, by: string | undefined): Promise<void> {
  if (await usedByPublishedContent(payload, doc.id)) await recordChange(payload, { collection: 'media', slug: doc.filename ?? undefined, action: 'media', by })
}

/** A replaced file or new alternative text of a published image redeploys the site; a new upload alone does not. */
export const queueDeployOnMediaChange: CollectionAfterChangeHook<Media> = async ({ context, doc, operation, req }) => {
  if (operation === 'update' && !context.bulkImport) await queueIfUsed(req.payload, doc, req.user?.email)
  return doc
}

export const queueDeployOnMediaDelete: CollectionAfterDeleteHook<Media> = async ({ doc, req }) => {
  await queueIfUsed(req.payload, doc, req.user?.email)
  return doc
}
