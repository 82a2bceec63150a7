/** The open data's own words (titles, descriptions, keywords) in every language, from the site's UI strings. */
import { useTranslations } from '../i18n.ts'
import { locales, type Locale } from '../locales.ts'

/** A UI string in each of the five languages. */
export const inEveryLanguage = (key: string): Record<Locale, string> =>
  Object.fromEntries(locales.map((lang) => [lang, useTranslations(lang)(key)])) as Record<Locale, string>

/** The office publishing the data, in each language. */
export const publisherName = () => inEveryLanguage('site.name')
