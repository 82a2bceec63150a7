import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { locales } from '../../content/schema/index.ts'
import { reqText } from '../i18n/translate.ts'

/**
 * Payload quietly treats an unknown `?locale=` as Thai, so `PATCH ?locale=fr` would overwrite the Thai text.
 * An unknown locale is refused instead, for reads and writes alike.
 */
export const rejectUnknownLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  const requested = req.searchParams?.get('locale')
  if (requested && requested !== 'all' && !(locales as readonly string[]).includes(requested)) {
    throw new APIError(reqText(req, 'unknownLocale', { locale: requested, allowed: locales.join(', ') }), 400, { locale: requested }, true)
  }
  return args
}
