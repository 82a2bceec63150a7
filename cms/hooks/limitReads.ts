import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { maxPage, readLimits } from '../api/limits.ts'

const reads = new Set(['read', 'readDistinct', 'findVersions', 'findVersionByID'])

interface ReadArgs {
  currentDepth?: number
  overrideAccess?: boolean
  depth?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
}

const refuse = (message: string, data: object): never => {
  throw new APIError(message, 400, data, true)
}

/**
 * Bounds what a REST or GraphQL read may ask for (cms/api/limits.ts), refusing more with a message that says what
 * is allowed, rather than running a request that would hold the server for minutes. The Local API (the CMS's own
 * code, the admin's server-side pages) is not bounded.
 */
export const limitReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // The CMS's own reads (overrideAccess: an API key's lookup, a rule's look at the stored document) are not bounded,
  // nor are relations being populated (currentDepth > 0): they are within the depth already checked.
  const read = args as ReadArgs
  if (req.payloadAPI === 'local' || !reads.has(operation) || read.overrideAccess || read.currentDepth) return args
  const who = req.user ? 'staff' : 'public'
  const limits = readLimits[who]
  const reader = who === 'public' ? 'anonymous readers' : 'staff'
  const limit = read.limit === undefined ? undefined : Number(read.limit)
  const unpaged = read.pagination === false || limit === 0
  const depth = read.depth === undefined ? (unpaged ? 0 : limits.defaultDepth) : Number(read.depth)
  if (!Number.isInteger(depth) || depth < 0 || depth > limits.maxDepth)
    refuse(`depth must be a whole number from 0 to at most ${limits.maxDepth} for ${reader}; ${String(read.depth)} was asked for.`, { depth: read.depth })
  if (read.page !== undefined && !(Number.isInteger(Number(read.page)) && Number(read.page) >= 1 && Number(read.page) <= maxPage))
    refuse(`page must be a whole number from 1 to ${maxPage.toLocaleString('en')}.`, { page: read.page })
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) refuse('limit must be a whole number.', { limit: read.limit })
  if (limit !== undefined && limit > limits.maxLimit)
    refuse(`limit must be at most ${limits.maxLimit} for ${reader}; page through with page=2, 3, ...`, { limit })
  if (unpaged && (who === 'public' || depth > 0))
    refuse(
      who === 'public'
        ? `limit must be at most ${limits.maxLimit} for anonymous readers: page through with limit and page (limit=0 and pagination=false are for staff).`
        : 'An unpaged read (limit=0 or pagination=false) must use depth=0.',
      { limit: read.limit, pagination: read.pagination },
    )
  return { ...args, depth }
}
