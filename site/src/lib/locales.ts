/** The five site languages and the tags each standard wants for them. */
import { defaultLocale, locales, type Locale } from '../../../content/schema.ts'

export { defaultLocale, locales, type Locale }

/** BCP 47 tag for `<html lang>`, `lang` on inline text and `hreflang`: the Chinese is Simplified. */
export const langTag: Record<Locale, string> = { th: 'th', en: 'en', zh: 'zh-Hans', ja: 'ja', ko: 'ko' }

/** Tag for a romanization (Latin transcription) of text in each language: RTGS, Hanyu Pinyin, Hepburn, RR. */
export const romanizationTag: Record<Locale, string> = { th: 'th-Latn', en: 'en', zh: 'zh-Latn-pinyin', ja: 'ja-Latn', ko: 'ko-Latn' }

/** Locale for Intl formatting (dates, region names) in each language's own conventions. */
export const intlLocale: Record<Locale, string> = { th: 'th-TH', en: 'en-GB', zh: 'zh-Hans-CN', ja: 'ja-JP', ko: 'ko-KR' }

/** Open Graph `og:locale` values. */
export const ogLocale: Record<Locale, string> = { th: 'th_TH', en: 'en_GB', zh: 'zh_CN', ja: 'ja_JP', ko: 'ko_KR' }

/** Each language's name in itself, for the language switcher. */
export const endonym: Record<Locale, string> = { th: 'ไทย', en: 'English', zh: '中文', ja: '日本語', ko: '한국어' }

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '')
}

/** getStaticPaths helper: one path per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }))
}
