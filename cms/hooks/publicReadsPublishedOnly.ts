import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Anonymous readers never ask for drafts: a `?draft=true` read is checked against the newest version, which would
 * hide a published document that has a newer draft, and could expose draft content.
 */
export const publicReadsPublishedOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user && (operation === 'read' || operation === 'readDistinct')) return { ...args, draft: false }
  return args
}
