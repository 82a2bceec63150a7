import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest, Where } from 'payload'
import { collections, fieldsOf } from '../../../../content/schema/index.ts'
import { recordSave } from '../../../hooks/queueDeploy.ts'
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

async function queueIfUsed(req: PayloadRequest, doc: Media): Promise<void> {
  if (await usedByPublishedContent(req.payload, doc.id)) await recordSave(req, 'media', doc.filename ?? undefined, 'media')
}

/** A replaced file or new alternative text of a published image redeploys the site; a new upload alone does not. */
export const queueDeployOnMediaChange: CollectionAfterChangeHook<Media> = async ({ context, doc, operation, req }) => {
  if (operation === 'update' && !context.bulkImport) await queueIfUsed(req, doc)
  return doc
}

export const queueDeployOnMediaDelete: CollectionAfterDeleteHook<Media> = async ({ doc, req }) => {
  await queueIfUsed(req, doc)
  return doc
}
