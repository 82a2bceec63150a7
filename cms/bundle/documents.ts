/**
 * The seam between Payload's generated document types and the bundle mapping, which reads and writes documents of
 * every collection by walking their schema: read documents are JSON to walk (`Doc`, every value `unknown` until
 * checked), and written data goes to Payload's Local API, which validates it field by field. The casts of that
 * hand-over live here and nowhere else.
 */
import type { CollectionSlug, Payload, PayloadRequest, RequestContext } from 'payload'

/** A Payload document or a part of one, as JSON. */
export type Doc = { [key: string]: unknown }
type Id = number | string

export const isDoc = (value: unknown): value is Doc => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Documents of any collection as JSON to walk. */
export const asDocs = (docs: readonly object[]): Doc[] => docs as Doc[]

export interface Write {
  collection: CollectionSlug
  data: Doc
  req?: PayloadRequest
  locale?: string
  draft?: boolean
  /** An upload's file, and whether it replaces the stored one. */
  filePath?: string
  overwriteExistingFiles?: boolean
  /** Passed to the hooks (e.g. `bulkImport`). */
  context?: RequestContext
}

type LooseCreate = (options: Write & { overrideAccess: true; depth: 0 }) => Promise<object>
type LooseUpdate = (options: Write & { id: Id; overrideAccess: true; depth: 0 }) => Promise<object>

/** A document as a write gives it back: JSON with its id. */
export type SavedDoc = Doc & { id: Id }

/** Creates a document of any collection from mapped data, as the system (access is the caller's business). */
export async function createDocument(payload: Payload, write: Write): Promise<SavedDoc> {
  const create = payload.create.bind(payload) as unknown as LooseCreate
  return (await create({ ...write, overrideAccess: true, depth: 0 })) as SavedDoc
}

/** Updates a document of any collection with mapped data, as the system. */
export async function updateDocument(payload: Payload, id: Id, write: Write): Promise<SavedDoc> {
  const update = payload.update.bind(payload) as unknown as LooseUpdate
  return (await update({ ...write, id, overrideAccess: true, depth: 0 })) as SavedDoc
}
