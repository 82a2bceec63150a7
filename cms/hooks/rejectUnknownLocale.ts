import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { locales } from '../../content/schema/index.ts'
import { reqText } from '../i18n/translate.ts'

const writes = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])

/**
 * Payload quietly treats an unknown `?locale=` as Thai, so `PATCH ?locale=fr` (or `?locale[]=fr`, or a second
 * `locale=`) would overwrite the Thai text. Every locale parameter must be one known locale, read or write; `all` is
 * for reads only, since a write changes one locale at a time.
 */
export const rejectUnknownLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    const requested = query[name]
    if (requested === undefined) continue
    const allowed = name === 'locale' ? [...locales, 'all'] : [...locales, 'none', 'false', 'null']
    if (typeof requested !== 'string' || !allowed.includes(requested)) {
      throw new APIError(
        reqText(req, 'unknownParameter', { name, value: JSON.stringify(requested), allowed: locales.join(', ') }),
        400,
        { [name]: requested },
        true,
      )
    }
  }
  if (writes.has(operation) && (req.locale === 'all' || query.locale === 'all')) {
    throw new APIError(reqText(req, 'oneLocaleAtATime', { allowed: locales.join(', ') }), 400, { locale: 'all' }, true)
  }
  return args
}
