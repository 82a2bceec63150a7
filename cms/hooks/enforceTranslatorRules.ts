import { APIError, type CollectionBeforeOperationHook } from 'payload'
import type { StaffUser } from '../access/roles.ts'
import { reqText } from '../i18n/translate.ts'

/**
 * A translator edits only the locales assigned to them and only saves drafts; publishing is an editor's call.
 * Refused here, before anything is written, with a message that says why.
 */
export const enforceTranslatorRules: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const user = req.user as StaffUser | null
  if (user?.role !== 'translator' || (operation !== 'update' && operation !== 'updateByID')) return args
  const assigned = user.translatorLocales ?? []
  const locale = req.locale
  if (!locale || !assigned.includes(locale as never)) {
    throw new APIError(reqText(req, 'translatorLocalesOnly', { assigned: assigned.join(', ') || '-', locale }), 403, { locale }, true)
  }
  const data = args.data as { _status?: string } | undefined
  if (data?._status === 'published' || (args.draft !== true && data?._status !== 'draft')) {
    throw new APIError(reqText(req, 'translatorDraftsOnly'), 403, { status: data?._status ?? null }, true)
  }
  return args
}
