import { createLocalReq, type CollectionSlug, type Payload, type RequestContext } from 'payload'
import { defaultLocale } from '../../content/schema/index.ts'
import { updateDocument, type Doc } from '../bundle/documents.ts'

/**
 * Saves workflow bookkeeping on a document as it stands, as the system: a published document stays published (its
 * public content is unchanged, so nothing deploys), a newer draft stays a draft and the published version untouched.
 */
export async function saveAsItStands(payload: Payload, collection: CollectionSlug, latest: Doc, data: Doc, context: RequestContext): Promise<void> {
  const published = latest._status === 'published'
  await updateDocument(payload, latest.id as number | string, {
    collection,
    req: await createLocalReq({ context }, payload),
    locale: defaultLocale,
    draft: !published,
    data: { ...data, ...(published && { _status: 'published' }) },
  })
}
