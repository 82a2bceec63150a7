import { intlLocale, type Locale } from './locales.ts'

const names = new Map<Locale, Intl.DisplayNames>()

/** A language's name in a page's language (`ja` on the English site: "Japanese"), from the platform's locale data. */
export function languageName(tag: string, lang: Locale): string {
  let n = names.get(lang)
  if (!n) names.set(lang, (n = new Intl.DisplayNames([intlLocale[lang]], { type: 'language' })))
  try {
    return n.of(tag) ?? tag
  } catch {
    return tag // a tag the platform cannot parse is shown as it is
  }
}
