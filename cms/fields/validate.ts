import type { z } from 'zod'

/** What a Payload field validator is given besides the value. */
export interface ValidateContext {
  data?: Record<string, unknown>
  siblingData?: Record<string, unknown>
}

/**
 * Uses a content-schema rule as a Payload field validator, so the CMS and the bundle accept exactly the same values;
 * `also` adds a rule of the schema that spans fields (an expiry after the signing), reporting why or undefined.
 */
export function validateWith(schema: z.ZodType, also?: (value: unknown, context: ValidateContext) => string | undefined) {
  return (value: unknown, context: ValidateContext = {}): true | string => {
    if (value === null || value === undefined || value === '') return true
    const result = schema.safeParse(value)
    if (!result.success) return result.error.issues.map((issue) => issue.message).join('; ')
    return also?.(value, context) ?? true
  }
}
