/**
 * The one normalization layer of search, shared by the build (term list, search keys in term pages) and the
 * reader's browser (queries), so that what is typed and what was indexed meet in the same form.
 *
 * - `fold`: what both sides send to Pagefind and compare exactly: Unicode compatibility forms folded (NFKC:
 *   full-width `ＡＳＥＡＮ`, half-width katakana), lower case, Latin diacritics dropped (`guójì` = `guoji`),
 *   Traditional Chinese turned Simplified on the Chinese site, spaces collapsed.
 * - `compact`: `fold` without spaces, hyphens and punctuation, so `smart phone`, `open-data`, `자매 도시` and
 *   `姉妹 都市` meet `smartphone`, `open data`, `자매도시`, `姉妹都市`.
 * - `skeleton`: a looser key for spellings no editor listed: Thai loanwords as people write them — tone marks,
 *   ็ and a silent letter with ์ left out, the consonants loanwords spell either way (ต/ท, ค/ก, ซ/ส, บ/ป, …) merged
 *   into one class each, ั and ะ one vowel (`อินเตอร์เน็ต` = `อินเทอร์เน็ต`, `เว็ปไซต์` = `เว็บไซต์`, `ซอฟแวร์` =
 *   `ซอฟต์แวร์`) —, katakana without long-vowel marks and vowel lengthening (`コミュニケイション` = `コミュニケーション`).
 * - `expand`: common abbreviations written out (`ผอ.` → `ผู้อำนวยการ`), as extra query forms.
 */
import { toSimplified } from './simplified.ts'

export type SearchLang = 'th' | 'en' | 'zh' | 'ja' | 'ko'

/** Latin combining marks (tones of pinyin, macrons of Hepburn); Thai and kana marks are elsewhere in Unicode. */
const latinMarks = /[\u0300-\u036f]/g

export function fold(text: string, lang: SearchLang): string {
  // NFKC splits Thai sara am (ำ) into nikhahit + sara aa, which no Thai text or index uses: put it back.
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(latinMarks, '')
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
  if (lang === 'zh') s = toSimplified(s)
  return s.replace(/[\s\u3000]+/g, ' ').trim()
}

/** Letters and digits only (any script, with their combining marks). */
export function compact(text: string, lang: SearchLang): string {
  return fold(text, lang).replace(/[^\p{L}\p{N}\p{M}]+/gu, '')
}

// Thai: a letter silenced by thanthakhat (with the vowel it may carry: `ร์`, `ส์`, `ทร์`, `ติ์`) is often left out
// or added (`ซอฟแวร์`, `เกมส์`); tone marks, mai taikhu and a thanthakhat on its own carry little in a
// misspelling; sara a and mai han-akat are the same short vowel (`ะ`, `ั`); consonants that loanwords spell either
// way are merged into one class each.
const thaiSilent = /[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c/g
const thaiMarks = /[\u0e47-\u0e4c]/g
const thaiShortA = /\u0e30/g
const thaiClasses: Array<[RegExp, string]> = [
  [/[ตทฐฑฒธดฎฏ]/g, 't'],
  [/[ปพภบผ]/g, 'p'],
  [/[กขคฆฃฅ]/g, 'k'],
  [/[สศษซ]/g, 's'],
  [/[นณ]/g, 'n'],
  [/[ลฬร]/g, 'l'],
  [/[ยญ]/g, 'y'],
  [/[ชฌฉ]/g, 'c'],
  [/[ฟฝ]/g, 'f'],
  [/[หฮ]/g, 'h'],
]

// Katakana rows, for vowel lengthening written with a vowel (ケイ for ケー, コウ for コー).
const eRow = 'エケゲセゼテデネヘベペメレヱ'
const oRow = 'オコゴソゾトドノホボポモヨロヲョ'
const uRow = 'ウクグスズツヅヌフブプムユルュ'
const smallVowels: Record<string, string> = { ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ' }

function katakanaSkeleton(s: string): string {
  // Hiragana typed for a katakana word, and the other way round.
  let k = s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
  k = k.replace(/ヴ/g, 'ブ').replace(/[ァィゥェォヮヵヶ]/g, (c) => smallVowels[c] ?? c)
  let out = ''
  for (const c of k) {
    const prev = out.at(-1) ?? ''
    if (c === 'ー' || c === '・') continue
    if (c === 'イ' && eRow.includes(prev)) continue
    if (c === 'ウ' && (oRow.includes(prev) || uRow.includes(prev))) continue
    out += c
  }
  return out
}

/**
 * The loose key of a text. A letter silenced by thanthakhat is kept (so a missing or extra ์ on a letter still
 * gives the same key); `skeletons` adds the key without such letters.
 */
export function skeleton(text: string, lang: SearchLang): string {
  return loose(compact(text, lang), lang, false)
}

/** Every loose key of a text: `skeleton`, and for Thai with ์ also the key without the silenced letters. */
export function skeletons(text: string, lang: SearchLang): string[] {
  const s = compact(text, lang)
  const keys = [loose(s, lang, false)]
  if (s.includes('\u0e4c')) keys.push(loose(s, lang, true))
  return keys
}

function loose(compacted: string, lang: SearchLang, dropSilent: boolean): string {
  let s = compacted
  if (lang === 'th' || /[\u0e00-\u0e7f]/.test(s)) {
    if (dropSilent) s = s.replace(thaiSilent, '')
    s = s.replace(thaiMarks, '').replace(thaiShortA, '\u0e31')
    for (const [re, to] of thaiClasses) s = s.replace(re, to)
  }
  if (lang === 'ja' || /[\u3040-\u30ff]/.test(s)) s = katakanaSkeleton(s)
  // Doubled letters (`แอพพลิเคชั่น`, `comittee`) count once.
  return s.replace(/(.)\1+/gu, '$1')
}

/** Abbreviations readers type for words the glossary spells out, per language. Small, reviewed data. */
const abbreviations: Partial<Record<SearchLang, Array<[RegExp, string]>>> = {
  th: [
    [/ผอ\.\s*/g, 'ผู้อำนวยการ'],
    [/กทม\.?\s*/g, 'กรุงเทพมหานคร'],
    [/รมว\.\s*/g, 'รัฐมนตรีว่าการ'],
    [/ปลัด\s*กทม\.?/g, 'ปลัดกรุงเทพมหานคร'],
  ],
}

/** The query as typed (folded) and with abbreviations written out, when that differs. */
export function expand(text: string, lang: SearchLang): string[] {
  const folded = fold(text, lang)
  const forms = [folded]
  let written = folded
  for (const [re, to] of abbreviations[lang] ?? []) written = written.replace(re, to)
  if (written !== folded) forms.push(written.trim())
  return forms
}
