import { defaultLocale, type Locale } from './locales.ts'

/** A value shown in a page's language, or the Thai value standing in for it (then `fallback` is true). */
export interface Shown<T> {
  value: T
  lang: Locale
  fallback: boolean
}

/** Picks a localized field for a language; missing translations fall back to Thai, visibly. */
export function pick<T>(field: Partial<Record<Locale, T>> | undefined, lang: Locale): Shown<T> | undefined {
  if (!field) return undefined
  if (field[lang] !== undefined) return { value: field[lang] as T, lang, fallback: false }
  const thai = field[defaultLocale]
  return thai === undefined ? undefined : { value: thai, lang: defaultLocale, fallback: true }
}

/** Like pick, for fields the schema requires in Thai. */
export function must<T>(field: Partial<Record<Locale, T>>, lang: Locale): Shown<T> {
  return pick(field, lang) as Shown<T>
}

/** Whether a field exists in the page's own language. */
export function has(field: Partial<Record<Locale, unknown>> | undefined, lang: Locale): boolean {
  return field?.[lang] !== undefined
}

/** Whether a page shows Thai standing in for its language: one of the fields it shows (those the entry has) lacks it. */
export function showsFallback(lang: Locale, ...fields: Array<Partial<Record<Locale, unknown>> | undefined>): boolean {
  return fields.some((field) => field !== undefined && !has(field, lang))
}
