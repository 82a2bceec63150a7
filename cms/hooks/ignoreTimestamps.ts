import type { CollectionBeforeOperationHook } from 'payload'

const timestamps = ['createdAt', 'updatedAt'] as const

/**
 * When an entry was created and last changed is the system's record, not something a client writes: Payload would
 * hand a `createdAt` sent over REST or GraphQL to the database as it came (`true`, `"x"`, an object), which fails
 * there (a 500). Writes from outside drop both; the database sets them. Local calls (the bundle import) keep theirs.
 */
export const ignoreTimestamps: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')) return args
  const data = (args as { data?: unknown }).data
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const name of timestamps) delete (data as Record<string, unknown>)[name]
  }
  return args
}
