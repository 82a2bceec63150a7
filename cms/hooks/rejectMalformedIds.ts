import { NotFound, type CollectionBeforeOperationHook, type Payload } from 'payload'

/** Whether a value can name a document: a whole number on SQLite, an ObjectId on MongoDB. */
export const isWellFormedId = (payload: Payload, id: unknown): boolean =>
  (typeof id === 'number' || typeof id === 'string') &&
  (payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(String(id)) : /^[0-9a-f]{24}$/i.test(String(id)))

/**
 * An id that cannot name a document (`/api/glossary/me`, `/api/glossary/1e9`) is simply not found: SQLite ids are
 * whole numbers and MongoDB's are ObjectIds, and the database would answer any other with an error (a 500).
 */
export const rejectMalformedIds: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  if (!isWellFormedId(req.payload, id)) throw new NotFound(req.t)
  return args
}
