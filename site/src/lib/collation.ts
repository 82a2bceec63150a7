/**
 * Each language's own alphabetical order and the initial-letter groups of its jump bar: Thai order that skips
 * leading vowels (ICU's Thai collation), Japanese by kana reading where one exists, Chinese by pinyin, Korean by
 * Hangul, English A–Z. The platform's Intl.Collator does the ordering; groups are derived from the same order.
 */
import { facts } from '../../../content/schema/locales.ts'
import type { Locale } from './locales.ts'

const collatorLocale = facts('collation')
const collators = new Map<Locale, Intl.Collator>()

export function collator(lang: Locale): Intl.Collator {
  let c = collators.get(lang)
  if (!c) collators.set(lang, (c = new Intl.Collator(collatorLocale[lang], { sensitivity: 'variant', numeric: true })))
  return c
}

/** Sorts items by their sort key (the displayed text, or a reading) in a language's order. */
export function sortBy<T>(items: readonly T[], lang: Locale, key: (item: T) => string): T[] {
  const { compare } = collator(lang)
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => compare(a.k, b.k))
    .map(({ item }) => item)
}

const latin = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
const thai = 'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'.split('')
const kanaRows = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ']
/** First kana of each row's successor, so a kana belongs to the last row whose start it is not before. */
const kanaRowStarts = [0x3041, 0x304b, 0x3055, 0x305f, 0x306a, 0x306f, 0x307e, 0x3083, 0x3089, 0x308e]
const hangul = ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
/** The 19 initial consonants of a Hangul syllable, folded to the 14 basic letters (ㄲ under ㄱ, ...). */
const choseong = ['ㄱ', 'ㄱ', 'ㄴ', 'ㄷ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅂ', 'ㅅ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
/** Earliest hanzi of each pinyin initial in the pinyin collation (CLDR's index boundaries). */
const pinyinBoundaries: [string, string][] = [
  ['A', '吖'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '咑'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
]
/** Group for anything outside the script's letters (digits, other scripts). */
export const otherGroup = '#'

/** The jump bar of a language: its script's initial letters or syllable rows, in order. */
export function alphabet(lang: Locale): string[] {
  switch (lang) {
    case 'th':
      return thai
    case 'ja':
      return kanaRows
    case 'ko':
      return hangul
    default:
      return latin
  }
}

const latinInitial = (text: string) => {
  const first = text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase()
  return first && latin.includes(first) ? first : otherGroup
}

/**
 * The jump-bar group of a text (as sorted: the Japanese reading, the Chinese term with its pinyin romanization
 * as a hint). Thai skips leading vowels, Japanese folds katakana and voiced kana into their row, Korean folds
 * double consonants into the basic ones.
 */
export function initialGroup(text: string, lang: Locale, romanization?: string): string {
  const trimmed = text.trim()
  const ch = trimmed.charAt(0)
  switch (lang) {
    case 'th': {
      if (ch === 'ฤ') return 'ร' // ฤ and ฦ sort as vowels after ร and ล
      if (ch === 'ฦ') return 'ล'
      const consonant = [...trimmed].find((c) => thai.includes(c))
      return consonant && /^[\u0e00-\u0e7f]/.test(trimmed) ? consonant : latinInitial(trimmed)
    }
    case 'ja': {
      let code = ch.normalize('NFD').charCodeAt(0)
      if (code >= 0x30a1 && code <= 0x30f6) code -= 0x60 // katakana to hiragana
      if (code >= 0x3041 && code <= 0x3096) {
        let row = 0
        kanaRowStarts.forEach((start, i) => {
          if (code >= start) row = i
        })
        return kanaRows[row]
      }
      return latinInitial(trimmed)
    }
    case 'ko': {
      const code = ch.charCodeAt(0)
      if (code >= 0xac00 && code <= 0xd7a3) return choseong[Math.floor((code - 0xac00) / 588)]
      if (hangul.includes(ch)) return ch
      return latinInitial(trimmed)
    }
    case 'zh': {
      if (/^\p{Script=Han}/u.test(ch)) {
        if (romanization) return latinInitial(romanization)
        const { compare } = collator('zh')
        let group = otherGroup
        for (const [letter, boundary] of pinyinBoundaries) if (compare(ch, boundary) >= 0) group = letter
        return group
      }
      return latinInitial(trimmed)
    }
    default:
      return latinInitial(trimmed)
  }
}
