/**
 * UI strings through i18next: one JSON per language in site/src/i18n/. Every key must exist in every language;
 * a missing one fails the build (before it starts, for the whole set, and at the call that asks for it).
 */
import i18next, { type TFunction } from 'i18next'
import en from '../i18n/en.json' with { type: 'json' }
import ja from '../i18n/ja.json' with { type: 'json' }
import ko from '../i18n/ko.json' with { type: 'json' }
import th from '../i18n/th.json' with { type: 'json' }
import zh from '../i18n/zh.json' with { type: 'json' }
import { locales, type Locale } from './locales.ts'

export const strings: Record<Locale, Record<string, unknown>> = { th, en, zh, ja, ko }

/** Dotted keys of a nested string table. */
export function keysOf(table: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

/** Lists every key some language lacks (or has empty), as `file: key is missing`. */
export function missingKeys(tables: Record<Locale, Record<string, unknown>> = strings): string[] {
  const all = new Set(locales.flatMap((lang) => keysOf(tables[lang])))
  return locales.flatMap((lang) => {
    const own = new Set(keysOf(tables[lang]).filter((key) => valueAt(tables[lang], key) !== ''))
    return [...all].filter((key) => !own.has(key)).map((key) => `site/src/i18n/${lang}.json: ${key} is missing`)
  })
}

function valueAt(table: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), table)
}

/** Stops a build whose UI strings are incomplete, naming every missing key (astro.config.ts calls it first). */
export function assertStringsComplete(): void {
  const missing = missingKeys()
  if (missing.length > 0) throw new Error(`UI strings are incomplete:\n${missing.join('\n')}`)
}

const instance = i18next.createInstance()
instance.init({
  resources: Object.fromEntries(locales.map((lang) => [lang, { translation: strings[lang] }])),
  lng: 'th',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
})

type Translate = (key: string, vars?: Record<string, unknown>) => string
const translators = new Map<Locale, Translate>()

/**
 * The translate function of one language; asking for a key that does not exist throws. Plain strings are
 * memoized: every page asks for the same few dozen, thousands of times in a large build.
 */
export function useTranslations(lang: Locale): Translate {
  let translate = translators.get(lang)
  if (!translate) {
    const t: TFunction = instance.getFixedT(lang)
    const plain = new Map<string, string>()
    translate = (key, vars) => {
      if (!vars) {
        const known = plain.get(key)
        if (known !== undefined) return known
      }
      if (!instance.exists(key, { lng: lang })) throw new Error(`site/src/i18n/${lang}.json: UI string "${key}" is missing`)
      const value = String(vars ? t(key, vars as Record<string, string>) : t(key))
      if (!vars) plain.set(key, value)
      return value
    }
    translators.set(lang, translate)
  }
  return translate
}
