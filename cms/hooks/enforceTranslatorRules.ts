import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { isLocale } from '../../content/schema/index.ts'
import type { StaffUser } from '../access/roles.ts'
import { neutralChanges } from '../access/neutralChanges.ts'
import { reqText } from '../i18n/translate.ts'

const refuse = (message: string, data: object = {}): never => {
  throw new APIError(message, 403, data, true)
}

interface UpdateArgs {
  id?: number | string
  data?: Record<string, unknown> & { _status?: string }
  draft?: boolean
  publishSpecificLocale?: string
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
}

/**
 * A translator edits the text of the locales assigned to them, as drafts; publishing, language-neutral values
 * (slugs, codes, dates, relations, the rows of lists) and restoring versions (a version holds every locale) are an
 * editor's. Checked on every write path (REST, GraphQL, Local API, bulk), before anything is written, and refused
 * with a message that says why, never silently dropped.
 */
export const enforceTranslatorRules: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const user = req.user as StaffUser | null
  if (user?.role !== 'translator') return args
  if (operation === 'restoreVersion') refuse(reqText(req, 'translatorNoRestore'))
  if (operation !== 'update' && operation !== 'updateByID') return args
  const assigned = user.translatorLocales ?? []
  const locale = req.locale
  if (!isLocale(locale) || !assigned.includes(locale)) {
    refuse(reqText(req, 'translatorLocalesOnly', { assigned: assigned.join(', ') || '-', locale: String(locale) }), { locale })
  }
  const update = args as UpdateArgs
  const data = update.data ?? {}
  if (data._status === 'published' || update.draft !== true || update.publishSpecificLocale || update.publishAllLocales || update.unpublishAllLocales) {
    refuse(reqText(req, 'translatorDraftsOnly'), { status: data._status ?? null })
  }
  const before =
    update.id === undefined
      ? undefined
      : ((await req.payload.findByID({
          collection: collection.slug,
          id: update.id,
          draft: true,
          depth: 0,
          locale,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>)
  const changed = neutralChanges(collection.fields, data, before)
  if (changed.length > 0) {
    refuse(reqText(req, 'translatorNeutralChange', { fields: changed.join(', ') }), { fields: changed })
  }
  return args
}
