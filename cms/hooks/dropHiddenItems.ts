import type { CollectionAfterReadHook } from 'payload'

/**
 * List items with a visibility of their own (an agreement's documents) that the reader may not read have all their
 * fields hidden by field access (cms/access/visibility.ts `itemVisibleTo`); this takes the emptied items out.
 */
export const dropHiddenItems: CollectionAfterReadHook = ({ doc }) => {
  if (!Array.isArray(doc.documents)) return doc
  return { ...doc, documents: doc.documents.filter((item: { file?: unknown }) => item.file !== undefined) }
}
