import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

export const minPasswordLength = 12

/** Why a password is too weak, or null when it is strong enough: long, with letters and digits, not the e-mail. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < minPasswordLength) return `must be at least ${minPasswordLength} characters long`
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return 'must contain both letters and digits'
  if (new Set(password).size < 6) return 'must not repeat a few characters'
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) return 'must not contain the e-mail name'
  return null
}

/** Refuses weak passwords whenever one is set (new user, password change). */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const weakness = passwordWeakness(password, (data?.email as string | undefined) ?? originalDoc?.email)
  if (weakness) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: `The password ${weakness}.` }] })
  return data
}
