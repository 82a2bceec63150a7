import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'
import { reqText } from '../../../i18n/translate.ts'
import type { User } from '../../../payload-types.ts'

export const minPasswordLength = 12
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
const minScore = 3

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
})

/**
 * Why a password is too weak, or null when it is strong enough: at least 12 characters, and hard to guess as
 * zxcvbn estimates it (common passwords, words, keyboard patterns, dates and the account's own name and e-mail).
 */
export function passwordWeakness(password: string, email?: string, name?: string | null): string | null {
  if (password.length < minPasswordLength) return `must be at least ${minPasswordLength} characters long`
  const account = [email, email?.split('@')[0], ...(name ?? '').split(/\s+/)].filter((word): word is string => Boolean(word))
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) return 'must not contain the e-mail name'
  const { score, feedback } = estimator.check(password, [...account, 'bangkok', 'bma'])
  if (score >= minScore) return null
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ')
  return `is too easy to guess${advice ? ` (${advice})` : ''}; a few unrelated words make a strong one`
}

/** The weakness in the request's language (zxcvbn's advice is English: a Thai reader gets the plain advice only). */
function weaknessMessage(req: PayloadRequest, weakness: string): string {
  if (req.i18n?.language !== 'th') return `The password ${weakness}.`
  if (weakness.startsWith('must be at least')) return reqText(req, 'passwordTooShort', { min: minPasswordLength })
  if (weakness.startsWith('must not contain the e-mail')) return reqText(req, 'passwordHasEmail')
  return reqText(req, 'passwordTooEasy')
}

/** Refuses weak passwords whenever one is set (new user, password change). */
export const requireStrongPassword: CollectionBeforeValidateHook<User> = ({ collection, data, originalDoc, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const weakness = passwordWeakness(
    password,
    (data?.email as string | undefined) ?? originalDoc?.email,
    (data?.name as string | undefined) ?? originalDoc?.name,
  )
  if (weakness) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: weaknessMessage(req, weakness) }] })
  return data
}
