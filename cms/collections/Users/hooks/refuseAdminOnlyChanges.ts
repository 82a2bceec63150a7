import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { reqText } from '../../../i18n/translate.ts'

/** What only an admin changes on an account: its role, a translator's locales, and its API key. */
export const adminOnlyFields = ['role', 'translatorLocales', 'enableAPIKey', 'apiKey', 'apiKeyAccess'] as const

const comparable = (value: unknown) => JSON.stringify(value === undefined || value === null || value === '' || value === false ? null : value)

/**
 * Staff update their own account (name, e-mail, password); a change to a field only admins set is refused with a
 * message rather than silently dropped. The admin sends the whole form, so a value sent unchanged is no change.
 */
export const refuseAdminOnlyChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (
    (operation !== 'update' && operation !== 'updateByID') ||
    hasRole(req.user, 'admin') ||
    !req.user ||
    (args as { overrideAccess?: boolean }).overrideAccess
  )
    return args
  const { id, data } = args as { id?: number | string; data?: Record<string, unknown> }
  const before =
    id === undefined
      ? {}
      : ((await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as unknown as Record<
          string,
          unknown
        >)
  const changed = adminOnlyFields.filter((name) => data && name in data && comparable(data[name]) !== comparable(before[name]))
  if (changed.length > 0) {
    throw new APIError(reqText(req, 'adminOnlyChanges', { fields: changed.join(', ') }), 403, { fields: changed }, true)
  }
  return args
}
