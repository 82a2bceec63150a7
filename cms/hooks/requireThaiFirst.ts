import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { defaultLocale } from '../../content/schema/index.ts'
import { reqText } from '../i18n/translate.ts'

/**
 * Thai is the required language of every entry. Payload validates a required localized field only in the locale
 * being written, so an entry created in another locale would have no Thai at all: entries are created in Thai,
 * and translations are added to them.
 */
export const requireThaiFirst: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create') return args
  const locale = req.locale
  if (locale !== defaultLocale) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'locale', message: reqText(req, 'createInThaiFirst', { locale }) }],
    })
  }
  return args
}
