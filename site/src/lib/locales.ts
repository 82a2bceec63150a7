/** The five site languages and the tags each standard wants for them, from the one table of locale facts. */
import { defaultLocale, facts, locales, type Locale } from '../../../content/schema/locales.ts'

export { defaultLocale, locales, type Locale }

/** BCP 47 tag for `<html lang>`, `lang` on inline text and `hreflang`: the Chinese is Simplified. */
export const langTag = facts('tag')
/** Tag for a romanization (Latin transcription) of text in each language: RTGS, Hanyu Pinyin, Hepburn, RR. */
export const romanizationTag = facts('romanization')
/** Locale for Intl formatting (dates, region names) in each language's own conventions. */
export const intlLocale = facts('intl')
/** Open Graph `og:locale` values. */
export const ogLocale = facts('og')
/** Each language's name in itself, for the language switcher. */
export const endonym = facts('endonym')

/** getStaticPaths helper: one path per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }))
}
