import type { CollectionBeforeOperationHook } from 'payload'
import { isOfficeStaff } from '../access/roles.ts'

/**
 * Only the office's staff read drafts: for anyone else (the public, BMA readers) a `?draft=true` read is checked
 * against the newest version, which would hide a published document that has a newer draft, and could expose it.
 */
export const publicReadsPublishedOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isOfficeStaff(req.user) && (operation === 'read' || operation === 'readDistinct')) return { ...args, draft: false }
  return args
}
