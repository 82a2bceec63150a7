import type { z } from 'zod'

/** Uses a content-schema rule as a Payload field validator, so the CMS and the bundle accept exactly the same values. */
export function validateWith(schema: z.ZodType) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true
    const result = schema.safeParse(value)
    return result.success ? true : result.error.issues.map((issue) => issue.message).join('; ')
  }
}
