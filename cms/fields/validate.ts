import type { z } from 'zod'
import { localizeSchemaMessage } from '../i18n/schemaMessages.ts'

/** What a Payload field validator is given besides the value. */
export interface ValidateContext {
  data?: Record<string, unknown>
  siblingData?: Record<string, unknown>
  req?: { i18n?: { language?: string } }
}

/**
 * Uses a content-schema rule as a Payload field validator, so the CMS and the bundle accept exactly the same values;
 * `also` adds a rule of the schema that spans fields (an expiry after the signing), reporting why or undefined.
 * Messages come in the admin user's language.
 */
export function validateWith(schema: z.ZodType, also?: (value: unknown, context: ValidateContext) => string | undefined) {
  return (value: unknown, context: ValidateContext = {}): true | string => {
    if (value === null || value === undefined || value === '') return true
    const language = context.req?.i18n?.language
    const result = schema.safeParse(value)
    if (!result.success) return result.error.issues.map((issue) => localizeSchemaMessage(issue.message, language)).join('; ')
    const problem = also?.(value, context)
    return problem === undefined ? true : localizeSchemaMessage(problem, language)
  }
}
