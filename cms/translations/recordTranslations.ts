import type { CollectionBeforeChangeHook } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../../content/schema/index.ts'
import { statusFieldName, stateFieldName } from './fields.ts'
import { latestWithAllLocales } from './latest.ts'
import { assess, recordSave, targetLocales, type TranslationState } from './status.ts'
import { allLocaleTexts, oneLocaleTexts, type FieldText } from './texts.ts'

/**
 * The document's texts after this save: the fields the save writes from the save, in the language written; everything
 * else from the newest version (never the document as read in that language, where Thai stands in for what is missing).
 */
function textsAfterSave(paths: string[][], data: Record<string, unknown>, locale: Locale | 'all', before: Record<string, unknown> | undefined): FieldText[] {
  if (locale === 'all') return allLocaleTexts({ ...before, ...data }, paths)
  const earlier = allLocaleTexts(before, paths)
  const written = paths.filter((path) => path[0]! in data)
  const kept = earlier.filter((field) => !written.some((path) => field.key === path[0] || field.key.startsWith(`${path[0]}.`)))
  const byKey = new Map(earlier.map((field) => [field.key, field.texts]))
  const fresh = oneLocaleTexts(data, written, locale).map((field) => ({ ...field, texts: { ...byKey.get(field.key), ...field.texts } }))
  return [...kept, ...fresh]
}

/**
 * On every save: a translation saved is recorded as made from the Thai text as it is now, and every language's
 * status is brought up to date (a Thai edit can make the others stale). A review (see ./endpoints.ts) sets the state itself.
 */
export const recordTranslations =
  (paths: string[][]): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const written = req.locale === 'all' ? 'all' : isLocale(req.locale) ? req.locale : defaultLocale
    const before =
      operation === 'update' && originalDoc?.id !== undefined ? await latestWithAllLocales(req.payload, collection.slug, originalDoc.id, req) : undefined
    const fields = textsAfterSave(paths, data, written, before)
    const state = ((context.translationReview ? data[stateFieldName] : before?.[stateFieldName]) ?? {}) as TranslationState
    // A review sets the state itself; a backfill takes every translation there is as made from today's Thai.
    const recorded = context.translationReview
      ? []
      : written === 'all' || context.translationBackfill
        ? targetLocales
        : targetLocales.filter((l) => l === written)
    // A backfill records no new save: who saved each translation last stays.
    const by = (locale: Locale) => (context.translationBackfill ? state[locale]?.by : (req.user?.email as string | undefined))
    return Object.assign(data, translationFields(fields, state, recorded, by))
  }

/** The workflow's fields of a document with these texts after saves in the `recorded` languages (by whom): the state, and each language's status. */
export function translationFields(
  fields: FieldText[],
  state: TranslationState,
  recorded: readonly Locale[],
  by: (locale: Locale) => string | undefined,
): Record<string, unknown> {
  const now = new Date().toISOString()
  for (const locale of recorded) state = recordSave(fields, state, locale, by(locale), now)
  return { [stateFieldName]: state, ...Object.fromEntries(targetLocales.map((locale) => [statusFieldName(locale), assess(fields, state, locale).status])) }
}
