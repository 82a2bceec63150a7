import { intlLocale, type Locale } from './locales.ts'

const names = new Map<Locale, Intl.DisplayNames>()

/** A country's name in a page's language, from the platform's region data. */
export function countryName(code: string, lang: Locale): string {
  let n = names.get(lang)
  if (!n) names.set(lang, (n = new Intl.DisplayNames([intlLocale[lang]], { type: 'region' })))
  return n.of(code) ?? code
}
