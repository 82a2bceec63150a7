import type { Payload, PayloadRequest } from 'payload'
import type { CollectionName } from '../../content/schema/index.ts'
import { asDocs, isDoc, type Doc } from './documents.ts'

/**
 * Every document of a collection as a bundle sees it, all locales at once. Anonymously: published documents with
 * public fields only. As staff: published content, and for a document that is not published, its latest draft
 * (a draft's translations live in its versions, not in the document itself).
 */
export async function readDocs(payload: Payload, collection: CollectionName, { staff, req }: { staff: boolean; req?: PayloadRequest }): Promise<Doc[]> {
  const query = { collection, req, overrideAccess: staff, locale: 'all', depth: 1, limit: 0, pagination: false } as const
  const { docs } = await payload.find({ ...query, draft: false })
  const drafts = asDocs(docs).filter((doc) => doc._status === 'draft')
  if (!staff || drafts.length === 0) return asDocs(docs)
  // Read from the versions themselves: a draft read with locale 'all' returns the document's own (Thai-only) data.
  const { docs: versions } = await payload.findVersions({
    ...query,
    where: { and: [{ parent: { in: drafts.map((doc) => doc.id) } }, { latest: { equals: true } }] },
  })
  const parentId = (parent: unknown) => (isDoc(parent) ? parent.id : parent)
  const latestById = new Map(
    asDocs(versions).map((version): [unknown, Doc] => [parentId(version.parent), { ...(version.version as Doc), id: parentId(version.parent) }]),
  )
  return asDocs(docs).map((doc) => latestById.get(doc.id) ?? doc)
}
