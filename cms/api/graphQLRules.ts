import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import type { ExecutionArgs, ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'
import { readLimits } from './limits.ts'

/**
 * GraphQL's own depth rule: a query nesting relations inside relations is refused before it runs (Payload's
 * complexity budget does not grow with depth), with a tighter limit for anonymous readers than for staff.
 */
export function graphQLValidationRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const { graphQLDepth } = readLimits[req?.user ? 'staff' : 'public']
  // Reported as a validation error (a 400 naming the limit), not thrown (which graphql-http answers with a 500).
  return [
    maxDepthRule({
      n: graphQLDepth,
      flattenFragments: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [(context, error) => context?.reportError(error)],
    }),
  ]
}
