import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'
import { staffField } from '../access/index.ts'
import { recordChange, type ChangeAction } from '../deploy/recordChange.ts'
import { inTransaction } from '../inTransaction.ts'

/** Remembers whether this write is a draft save: drafts never change the public site. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID' || operation === 'create') req.context.draftSave = args.draft === true
  return args
}

/** Fields the public never sees (staff-only access) and bookkeeping: changing only these changes nothing public. */
function privateFieldNames(fields: Field[]): Set<string> {
  const names = fields.flatMap((field) => ('name' in field && 'access' in field && field.access?.read === staffField ? [field.name] : []))
  return new Set([...names, 'updatedAt', 'createdAt', '_status'])
}

function publicFingerprint(doc: unknown, ignored: Set<string>): string {
  return JSON.stringify(doc, (key, value) => (ignored.has(key) ? undefined : value))
}

/** Whether a document is on the public site: published, and public where it has a visibility. */
const isPublicDoc = (doc: Record<string, unknown> | undefined) => doc?._status === 'published' && (doc.visibility ?? 'public') === 'public'

/** What a save does to the public site: publish, unpublish, update a published document, or nothing. */
export function publicEffect(doc: Record<string, unknown>, previous: Record<string, unknown> | undefined, ignored: Set<string>): ChangeAction | undefined {
  const wasPublic = isPublicDoc(previous)
  const isPublic = isPublicDoc(doc)
  if (wasPublic && !isPublic) return 'unpublish'
  if (!wasPublic && isPublic) return 'publish'
  if (wasPublic && isPublic && publicFingerprint(doc, ignored) !== publicFingerprint(previous, ignored)) return 'update'
  return undefined
}

/** Queues a deploy when a save changes what the public sees. */
export const queueDeployOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context.draftSave || context.bulkImport) return doc
  const action = publicEffect(doc, previousDoc, privateFieldNames(collection.fields))
  if (action) await recordSave(req, collection.slug, doc.slug, action)
  return doc
}

/** Queues a deploy when a published document is deleted. */
export const queueDeployOnDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (doc._status === 'published' && !context.bulkImport) await recordSave(req, collection.slug, doc.slug, 'delete')
  return doc
}

/**
 * Records the change of a save by the request's user. Outside a database transaction (SQLite's writes commit one by
 * one) the save is already stored, so its deploy may start at once.
 */
export async function recordSave(req: PayloadRequest, collection: string, slug: string | undefined, action: ChangeAction): Promise<void> {
  await recordChange(
    req.payload,
    { collection, slug, action, by: req.user?.email as string | undefined },
    { committed: !(await inTransaction(req.payload.db, req)) },
  )
}
