/**
 * The media files of the restricted entries that name a user among their readers (an agreement's signed documents,
 * an activity's photos): a file's own visibility is the most restrictive of what holds it, so a restricted file is
 * read by the admins and by the users the entries holding it name, as those entries are.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { collections, fieldsOf, type CollectionName } from '../../content/schema/index.ts'
import { valuesAt } from '../../content/schema/walk.ts'
import { emailOf } from './visibility.ts'

/** The collections whose entries name their readers, with the paths of their media fields. */
const namingCollections: { collection: CollectionName; media: string[][] }[] = collections
  .filter((collection) => fieldsOf(collection).some(({ path }) => path.length === 1 && path[0] === 'readers'))
  .map((collection) => ({ collection, media: fieldsOf(collection).flatMap(({ path, kind }) => (kind.media ? [path] : [])) }))

/**
 * Asked once per request: the media collection's read rule runs for every file a read populates (an agreement list
 * at depth 1 asks it for each document). A write of an entry with readers forgets the answer (`forgetFilesNaming`).
 */
export function filesOfEntriesNaming(req: PayloadRequest): Promise<(number | string)[]> {
  const address = emailOf(req.user)
  if (!address) return Promise.resolve([])
  const asked = req.context as { filesNaming?: { address: string; files: Promise<(number | string)[]> } }
  if (asked.filesNaming?.address !== address) asked.filesNaming = { address, files: namedFiles(req, address) }
  return asked.filesNaming.files
}

async function namedFiles(req: PayloadRequest, address: string): Promise<(number | string)[]> {
  const files = new Set<number | string>()
  for (const { collection, media } of namingCollections) {
    const { docs } = await req.payload.find({
      collection,
      where: { readers: { in: [address] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs)
      for (const path of media) for (const { value } of valuesAt(doc, path)) if (typeof value === 'number' || typeof value === 'string') files.add(value)
  }
  return [...files]
}

/** Before an entry with readers is written: what the request asked of the files naming its user may change. */
export const forgetFilesNaming: CollectionBeforeChangeHook = ({ data, req }) => {
  delete (req.context as { filesNaming?: unknown }).filesNaming
  return data
}
