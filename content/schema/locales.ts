/**
 * The five languages, and every fact about each that a standard or a platform API asks for, in one table: the bundle's
 * localized fields, the CMS's locales, the site's tags, dates, order, search and routes all derive from it.
 */

export interface LocaleFacts {
  /** BCP 47 tag for `<html lang>`, `lang` on inline text and `hreflang` (the Chinese is Simplified). */
  tag: string
  /** Locale for Intl formatting (dates, region names) in the language's own conventions. */
  intl: string
  /** Open Graph `og:locale`. */
  og: string
  /** The language's name in itself, as the site's language switcher shows it. */
  endonym: string
  /** The name the admin's locale switch shows (more precise where the site's is short). */
  label: string
  /** Intl.Collator locale of the language's own alphabetical order (Chinese by pinyin). */
  collation: string
  /** Tag of a Latin transcription of text in this language: RTGS, Hanyu Pinyin, Hepburn, Revised Romanization. */
  romanization: string
  /** Written without spaces between words: search must find word boundaries itself (Intl.Segmenter). */
  segmented: boolean
  direction: 'ltr' | 'rtl'
}

export const localeFacts = {
  th: { tag: 'th', intl: 'th-TH', og: 'th_TH', endonym: 'ไทย', label: 'ไทย', collation: 'th', romanization: 'th-Latn', segmented: true, direction: 'ltr' },
  en: { tag: 'en', intl: 'en-GB', og: 'en_GB', endonym: 'English', label: 'English', collation: 'en', romanization: 'en', segmented: false, direction: 'ltr' },
  zh: {
    tag: 'zh-Hans',
    intl: 'zh-Hans-CN',
    og: 'zh_CN',
    endonym: '中文',
    label: '简体中文',
    collation: 'zh-u-co-pinyin',
    romanization: 'zh-Latn-pinyin',
    segmented: true,
    direction: 'ltr',
  },
  ja: {
    tag: 'ja',
    intl: 'ja-JP',
    og: 'ja_JP',
    endonym: '日本語',
    label: '日本語',
    collation: 'ja',
    romanization: 'ja-Latn',
    segmented: true,
    direction: 'ltr',
  },
  ko: {
    tag: 'ko',
    intl: 'ko-KR',
    og: 'ko_KR',
    endonym: '한국어',
    label: '한국어',
    collation: 'ko',
    romanization: 'ko-Latn',
    segmented: false,
    direction: 'ltr',
  },
} as const satisfies Record<string, LocaleFacts>

export type Locale = keyof typeof localeFacts
/** In the table's order: Thai first (the source language), then English, Chinese, Japanese, Korean. */
export const locales = Object.keys(localeFacts) as Locale[]
/** Thai: required in every entry, the language translations are made from, the fallback. */
export const defaultLocale: Locale = 'th'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeFacts, value)
}

/** One fact of every locale, as a record: `facts('tag')` is `{ th: 'th', en: 'en', zh: 'zh-Hans', ... }`. */
export function facts<K extends keyof LocaleFacts>(key: K): Record<Locale, LocaleFacts[K]> {
  return Object.fromEntries(locales.map((locale) => [locale, localeFacts[locale][key]])) as Record<Locale, LocaleFacts[K]>
}
