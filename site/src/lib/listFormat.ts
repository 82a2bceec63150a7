import { intlLocale, type Locale } from './locales.ts'

const formats = new Map<Locale, Intl.ListFormat>()

/**
 * Items joined as a list in a language's own way ("Fukuoka and CityNet", "ฟุกุโอกะ และซิตี้เน็ต", "福冈和亚太城市网络"),
 * as parts, so that each item can be its own element (with its own `lang` when it is a Thai stand-in).
 */
export function listParts<T>(items: readonly T[], lang: Locale): Array<{ item: T; literal?: undefined } | { literal: string; item?: undefined }> {
  let format = formats.get(lang)
  if (!format) formats.set(lang, (format = new Intl.ListFormat(intlLocale[lang], { type: 'conjunction' })))
  let next = 0
  return format.formatToParts(items.map((_, i) => String(i))).map((part) => (part.type === 'element' ? { item: items[next++]! } : { literal: part.value }))
}
