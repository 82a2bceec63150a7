/**
 * The admin's language is a setting of the account (`language`, Thai for new accounts), not of the browser: it is
 * applied at sign-in and whenever the user changes it, by Payload's language cookie. Choosing a language on the
 * account page (Payload's own switch, which sets only the cookie) is kept on the account too.
 */
import type { CollectionAfterChangeHook, CollectionAfterLoginHook, CollectionAfterMeHook, PayloadRequest } from 'payload'

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

function cookieLanguage(req: PayloadRequest): string | undefined {
  const name = cookieName(req)
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, value] = part.trim().split('=')
    if (key === name) return value
  }
  return undefined
}

export const applyLanguageOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  setLanguageCookie(req, isAdminLanguage(user.language) ? user.language : 'th')
}

export const applyLanguageOnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (req.user?.id === doc.id && isAdminLanguage(doc.language) && doc.language !== previousDoc?.language) setLanguageCookie(req, doc.language)
  return doc
}

/** The admin asks `me` on every page load: a language chosen with Payload's switch becomes the account's. */
export const rememberLanguageChoice: CollectionAfterMeHook = async ({ req, response }) => {
  const chosen = cookieLanguage(req)
  const user = req.user
  if (user && isAdminLanguage(chosen) && user.language !== chosen) {
    await req.payload.update({ collection: 'users', id: user.id, data: { language: chosen }, overrideAccess: true, depth: 0 })
  }
  return response
}
