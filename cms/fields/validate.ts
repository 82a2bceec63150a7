import { validations, type Validate } from 'payload'
import type { z } from 'zod'

type Options = Parameters<Validate>[1]

/**
 * A draft save: drafts may leave values out (a published document must have them), but every value a draft holds
 * is checked like any other, so nothing malformed is ever stored.
 */
export function isDraftSave(options: { data?: unknown }): boolean {
  return (options.data as { _status?: unknown } | undefined)?._status === 'draft'
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Uses a content-schema rule as a Payload field validator, so the CMS and the bundle accept exactly the same values.
 * A required field must hold a value, except in a draft.
 */
export function validateWith(schema: z.ZodType): Validate {
  return (value, options) => {
    if (isEmpty(value)) return options.required && !isDraftSave(options) ? 'This field is required.' : true
    const result = schema.safeParse(value)
    return result.success ? true : result.error.issues.map((issue) => issue.message).join('; ')
  }
}

/** Payload's own check for a field type, with "required" waived in a draft. */
export function standard(type: 'date' | 'select' | 'upload' | 'relationship' | 'richText'): Validate {
  const check = validations[type] as unknown as (value: unknown, options: Options) => ReturnType<Validate>
  return (value, options) => check(value, { ...options, required: Boolean(options.required) && !isDraftSave(options) })
}

/** Every rule in turn; the first that fails gives the message. */
export function allOf(...rules: Validate[]): Validate {
  return async (value, options) => {
    for (const rule of rules) {
      const result = await rule(value, options)
      if (result !== true) return result
    }
    return true
  }
}
