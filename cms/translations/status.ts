/**
 * Where each translation of an entry stands. For every language but Thai: **missing** (a field with Thai text has
 * none in that language), **stale** (a translation was made from Thai text that has changed since), **current**,
 * or **reviewed** (current, and confirmed by a second person since its last change). What each translation was made
 * from is kept, per field and language, as the fingerprint of the Thai text at the time (`TranslationState`).
 */
import { defaultLocale, locales, type Locale } from '../../content/schema/index.ts'
import { translationStatuses, type TranslationStatus } from './statuses.ts'
import { hashText, type FieldText } from './texts.ts'

export { translationStatuses, type TranslationStatus }
export type FieldStatus = Exclude<TranslationStatus, 'reviewed'>

/** The languages translated from Thai. */
export const targetLocales = locales.filter((locale) => locale !== defaultLocale)

export interface LocaleState {
  /** Field key -> fingerprint of the Thai text its translation was made from. */
  sources: Record<string, string>
  /** Who saved the translation last, and when. */
  by?: string
  at?: string
  review?: { by: string; at: string; fingerprint: string }
}
export type TranslationState = Partial<Record<Locale, LocaleState>>

export interface LocaleAssessment {
  locale: Locale
  status: TranslationStatus
  fields: { key: string; path: string; status: FieldStatus }[]
}

/** One field's status in a language. */
export function fieldStatus(field: FieldText, locale: Locale, state: LocaleState | undefined): FieldStatus {
  const translated = field.texts[locale] ?? ''
  if (!translated) return 'missing'
  return state?.sources[field.key] === hashText(field.texts[defaultLocale] ?? '') ? 'current' : 'stale'
}

/** What a review confirms: the translated texts and the Thai they were made from, as they are now. */
export function reviewFingerprint(fields: FieldText[], locale: Locale): string {
  return hashText(JSON.stringify(fields.map((field) => [field.key, field.texts[defaultLocale] ?? '', field.texts[locale] ?? ''])))
}

/** The fields that count: those with Thai text (an empty Thai field asks for no translation). */
export const withThai = (fields: FieldText[]): FieldText[] => fields.filter((field) => Boolean(field.texts[defaultLocale]))

export function assess(fields: FieldText[], state: TranslationState, locale: Locale): LocaleAssessment {
  const counted = withThai(fields)
  const statuses = counted.map((field) => ({ key: field.key, path: field.path, status: fieldStatus(field, locale, state[locale]) }))
  const worst = statuses.some((f) => f.status === 'missing') ? 'missing' : statuses.some((f) => f.status === 'stale') ? 'stale' : 'current'
  const review = state[locale]?.review
  const status: TranslationStatus = worst === 'current' && review && review.fingerprint === reviewFingerprint(counted, locale) ? 'reviewed' : worst
  return { locale, status, fields: statuses }
}

/**
 * The state after saving `locale`: every field with text in that language is now taken as translated from the Thai
 * text as it is (saving says the translation is right for today's Thai, after the side-by-side view showed it).
 */
export function recordSave(fields: FieldText[], state: TranslationState, locale: Locale, by: string | undefined, at: string): TranslationState {
  const sources = Object.fromEntries(
    withThai(fields)
      .filter((field) => field.texts[locale])
      .map((field) => [field.key, hashText(field.texts[defaultLocale] ?? '')]),
  )
  return { ...state, [locale]: { ...state[locale], sources, by, at } }
}
