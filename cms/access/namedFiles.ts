/**
 * The media files of the restricted entries that name a user among their readers (an agreement's signed documents,
 * an activity's photos): a file's own visibility is the most restrictive of what holds it, so a restricted file is
 * read by the admins and by the users the entries holding it name, as those entries are.
 */
import type { PayloadRequest } from 'payload'
import { collections, fieldsOf, type CollectionName } from '../../content/schema/index.ts'
import { valuesAt } from '../../content/schema/walk.ts'
import type { StaffUser } from './roles.ts'

/** The collections whose entries name their readers, with the paths of their media fields. */
const namingCollections: { collection: CollectionName; media: string[][] }[] = collections
  .filter((collection) => fieldsOf(collection).some(({ path }) => path.length === 1 && path[0] === 'readers'))
  .map((collection) => ({ collection, media: fieldsOf(collection).flatMap(({ path, kind }) => (kind.media ? [path] : [])) }))

export async function filesOfEntriesNaming(req: PayloadRequest): Promise<(number | string)[]> {
  const address = (req.user as StaffUser | null | undefined)?.email
  if (!address) return []
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
