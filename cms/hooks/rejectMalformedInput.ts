import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Operators that take a list; every other operator compares with one value. */
const listOperators = new Set(['in', 'not_in', 'all'])
const statuses = new Set(['draft', 'published'])

const refuse = (message: string, data: object): never => {
  throw new APIError(message, 400, data, true)
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The first place in a query where an operator is given something it cannot compare with, as `where[slug][equals]`. */
function malformedAt(where: unknown, at: string): string | undefined {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return at
  for (const [key, value] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return here
      for (const [i, part] of value.entries()) {
        const found = malformedAt(part, `${here}[${i}]`)
        if (found) return found
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [operator, operand] of Object.entries(value)) {
        const ok = listOperators.has(operator) ? isScalar(operand) || (Array.isArray(operand) && operand.every(isScalar)) : isScalar(operand)
        // An operator name that is really a nested field (`where[contact][url][equals]`) holds a query of its own.
        if (!ok && !(operand && typeof operand === 'object' && !Array.isArray(operand) && !malformedAt({ [operator]: operand }, here)))
          return `${here}[${operator}]`
      }
    } else return here
  }
  return undefined
}

/**
 * Refuses input that names a valid field but gives it a value of the wrong shape, which Payload passes on to the
 * database (a 500): a query operator given several values (`?where[slug][equals]=a&where[slug][equals]=b`), and a
 * publication state that is not `draft` or `published`. REST and GraphQL input only: the CMS's own queries are its code's.
 */
export const rejectMalformedInput: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'local') return args
  const { where, data } = args as { where?: unknown; data?: { _status?: unknown } }
  if (where !== undefined && where !== null) {
    const at = malformedAt(where, 'where')
    if (at) refuse(`${at} is not a query Payload can run: each operator compares with one value (in, not_in and all with a list).`, { where: at })
  }
  if (data && typeof data === 'object' && '_status' in data && data._status !== undefined && !statuses.has(data._status as string))
    refuse('_status must be "draft" or "published".', { _status: data._status })
  return args
}
