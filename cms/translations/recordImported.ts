/**
 * The translation state of an entry imported with its translations, which the import writes at once rather than in a
 * save per language (cms/bundle/addLocales.ts): what those saves would have recorded, each translation made from the
 * Thai it came with.
 */
import type { Field } from 'payload'
import type { CollectionName, Locale } from '../../content/schema/index.ts'
import { stateFieldName } from './fields.ts'
import { translationFields } from './recordTranslations.ts'
import { sourcePaths } from './sources.ts'
import type { TranslationState } from './status.ts'
import { allLocaleTexts } from './texts.ts'

/** The workflow's fields of `doc` (read with every language) once `translated` were saved, as the system. */
export function importedTranslationFields(collection: CollectionName, fields: Field[], doc: Record<string, unknown>, translated: readonly Locale[]) {
  const texts = allLocaleTexts(doc, sourcePaths(collection, fields))
  return translationFields(texts, (doc[stateFieldName] ?? {}) as TranslationState, translated, () => undefined)
}
