/**
 * The admin's language is a setting of the account (`language`, Thai for new accounts), not of the browser: Payload's
 * language cookie is set from it at sign-in and whenever the user changes it (cms/components/AccountLanguage.tsx
 * switches an open admin).
 */
import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'
import type { User } from '../../../payload-types.ts'

export const adminLanguages = ['th', 'en'] as const
type AdminLanguage = (typeof adminLanguages)[number]
const isAdminLanguage = (value: unknown): value is AdminLanguage => adminLanguages.includes(value as AdminLanguage)

const cookieName = (req: PayloadRequest) => `${req.payload.config.cookiePrefix || 'payload'}-lng`

/** Sends the language cookie with the response (Payload merges `responseHeaders` into every endpoint's answer). */
function setLanguageCookie(req: PayloadRequest, language: AdminLanguage): void {
  const headers = req.responseHeaders ?? new Headers()
  headers.append('Set-Cookie', `${cookieName(req)}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`)
  req.responseHeaders = headers
}

export const applyLanguageOnLogin: CollectionAfterLoginHook<User> = ({ req, user }) => {
  setLanguageCookie(req, isAdminLanguage(user.language) ? user.language : 'th')
}

export const applyLanguageOnChange: CollectionAfterChangeHook<User> = ({ doc, previousDoc, req }) => {
  if (req.user?.id === doc.id && isAdminLanguage(doc.language) && doc.language !== previousDoc?.language) setLanguageCookie(req, doc.language)
  return doc
}
