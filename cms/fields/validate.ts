import { validations, type Field, type Validate } from 'payload'
import type { z } from 'zod'
import { localizeSchemaMessage } from '../i18n/schemaMessages.ts'

type Options = Parameters<Validate>[1]

/** What a Payload field validator is given besides the value. */
export interface ValidateContext {
  data?: Record<string, unknown>
  siblingData?: Record<string, unknown>
  req?: { i18n?: { language?: string } }
}

/**
 * A draft save: drafts may leave values out (a published document must have them), but every value a draft holds
 * is checked like any other, so nothing malformed is ever stored.
 */
export function isDraftSave(options: { data?: unknown }): boolean {
  return (options.data as { _status?: unknown } | undefined)?._status === 'draft'
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Uses a content-schema rule as a Payload field validator, so the CMS and the bundle accept exactly the same values;
 * `also` adds a rule of the schema that spans fields (an expiry after the signing), reporting why or undefined.
 * A required field must hold a value, except in a draft. Messages come in the language of the request.
 */
export function validateWith(schema: z.ZodType, also?: (value: unknown, context: ValidateContext) => string | undefined): Validate {
  return (value, options) => {
    if (isEmpty(value)) return options.required && !isDraftSave(options) ? options.req.t('validation:required') : true
    const language = options.req?.i18n?.language
    const result = schema.safeParse(value)
    if (!result.success) return result.error.issues.map((issue) => localizeSchemaMessage(issue.message, language)).join('; ')
    const problem = also?.(value, options as ValidateContext)
    return problem === undefined ? true : localizeSchemaMessage(problem, language)
  }
}

/** Payload's own check for a field type, with "required" waived in a draft. */
export function standard(type: keyof typeof validations): Validate {
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

/** Every required field without a rule of its own gets Payload's check with "required" waived in drafts. */
export function draftsMayOmit(fields: Field[]): Field[] {
  return fields.map((field) => {
    const copy = { ...field } as Field & { fields?: Field[]; validate?: Validate; required?: boolean }
    if (copy.type === 'tabs') copy.tabs = copy.tabs.map((tab) => ({ ...tab, fields: draftsMayOmit(tab.fields) }))
    else if (Array.isArray(copy.fields)) copy.fields = draftsMayOmit(copy.fields)
    if (copy.required && !copy.validate && copy.type in validations) copy.validate = standard(copy.type as keyof typeof validations)
    return copy
  })
}
