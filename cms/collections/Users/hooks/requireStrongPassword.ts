import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import type { MessageKey } from '../../../i18n/messages.ts'
import { reqText } from '../../../i18n/translate.ts'

export const minPasswordLength = 12

/** Why a password is too weak (the message's key), or null when it is strong enough: long, with letters and digits, not the e-mail. */
export function passwordWeakness(password: string, email?: string): MessageKey | null {
  if (password.length < minPasswordLength) return 'passwordTooShort'
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return 'passwordLettersAndDigits'
  if (new Set(password).size < 6) return 'passwordRepeats'
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) return 'passwordHasEmail'
  return null
}

/** Refuses weak passwords whenever one is set (new user, password change). */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const weakness = passwordWeakness(password, (data?.email as string | undefined) ?? originalDoc?.email)
  if (weakness)
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: reqText(req, weakness, { min: minPasswordLength }) }] })
  return data
}
