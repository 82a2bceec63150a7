import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

const writes = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])

/** True when the request is signed with an API key that may only read (the default for a new key). */
export function signedWithReadOnlyKey(req: PayloadRequest): boolean {
  const user = req.user as { _strategy?: string; apiKeyAccess?: string | null } | null
  return user?._strategy === 'api-key' && user.apiKeyAccess !== 'read-write'
}

/** An API key reads as its user; it writes only when an admin made it read-write. */
export const refuseWritesWithReadOnlyKey: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (writes.has(operation) && signedWithReadOnlyKey(req)) {
    throw new APIError('This API key is read-only; an admin can make it read-write (users → API key access).', 403, {}, true)
  }
  return args
}
