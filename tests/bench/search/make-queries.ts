/**
 * Writes the labelled query set of the search benchmark (`queries.json`) from the seeded content: queries of
 * each kind readers type, each labelled with the entries that answer it (any of them in the top 5 is a hit; the
 * first listed is the entry the query names). Systematic kinds are derived from the glossary with a fixed seed;
 * the kinds that need a speaker's judgement (misspellings, loanword variants, abbreviations, definition words in
 * unspaced scripts) are written by hand below. Run again after the seed content changes:
 * `npx tsx tests/bench/search/make-queries.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { isPublicEntry, readBundle, toPublic } from '../../../content/bundle.ts'
import { pageCollections, registry, type GlossaryEntry, type Locale } from '../../../content/schema/index.ts'

export interface LabelledQuery {
  lang: Locale
  q: string
  kind: string
  /** Paths after `/{lang}/` of the entries that answer the query, e.g. `glossary/sister-city/`. */
  relevant: string[]
}

const here = new URL('./', import.meta.url).pathname
const repo = new URL('../../../', import.meta.url).pathname
const langs: Locale[] = ['th', 'en', 'zh', 'ja', 'ko']
const g = (slug: string) => `glossary/${slug}/`

/** Kinds of Issue 5 (exact terms and their ordinary forms) and Issue 6 (ways of typing a plain set-up misses). */
export const kinds = {
  exact: 5,
  alias: 5,
  cross: 5,
  romanized: 5,
  prefix: 5,
  compound: 5,
  definition: 5,
  phrase: 5,
  typo: 6,
  variant: 5,
  spacing: 5,
  traditional: 8,
  fullwidth: 5,
  katakana: 6,
  abbreviation: 3,
  loanword: 6,
  han: 5,
} as const

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const stripMarks = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000')

/** One or two edits (drop, swap, wrong letter) in the longest word of a Latin string. */
function latinTypo(s: string, rnd: () => number): string {
  const words = s.split(' ')
  const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0)
  const w = words[i]
  const at = 1 + Math.floor(rnd() * (w.length - 2))
  const kind = Math.floor(rnd() * 3)
  let typo: string
  if (kind === 0) typo = w.slice(0, at) + w.slice(at + 1)
  else if (kind === 1) typo = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
  else typo = w.slice(0, at) + (w[at] === 'e' ? 'a' : 'e') + w.slice(at + 1)
  words[i] = typo
  const out = words.join(' ')
  return out === s ? latinTypo(s, rnd) : out
}

/** One space typed at the word boundary nearest the middle of an unspaced term. */
function spaceInside(term: string, lang: Locale): string | undefined {
  const parts = wordsOf(term, lang)
  if (term.includes(' ') || parts.length < 2) return undefined
  const total = [...term].length
  let best: number | undefined
  let at = 0
  for (const p of parts.slice(0, -1)) {
    at += [...p].length
    if (at >= 2 && total - at >= 2 && (best === undefined || Math.abs(at - total / 2) < Math.abs(best - total / 2))) best = at
  }
  if (best === undefined) return undefined
  const chars = [...term]
  return `${chars.slice(0, best).join('')} ${chars.slice(best).join('')}`
}

/** A Korean word without the particle attached to it in running text (`지방자치단체는` -> `지방자치단체`). */
const withoutParticle = (w: string) =>
  w.replace(/(에서는|에서|으로|이나|에게|까지|부터|과|와|은|는|이|가|을|를|의|에|로|도|만|나)$/, (m, _p, offset: number) =>
    [...w.slice(0, offset)].length >= 2 ? '' : m,
  )

const segmenters = Object.fromEntries(langs.map((l) => [l, new Intl.Segmenter(l, { granularity: 'word' })]))
const wordsOf = (text: string, lang: Locale) => [...segmenters[lang].segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
const unspaced = (lang: Locale) => lang === 'th' || lang === 'zh' || lang === 'ja'

/**
 * Spellings of Thai loanwords people write (issue 18): one consonant of the pairs they swap, a ็ or ์ left out or
 * added, ั for ะ. The first rule that applies, taken in turn from query to query.
 */
const thaiSpellings: Array<[RegExp, string]> = [
  [/ท/, 'ต'],
  [/ค/, 'ก'],
  [/ส/, 'ซ'],
  [/็/, ''],
  [/ต/, 'ท'],
  [/[ก-ฮ]์/, ''],
  [/ก/, 'ค'],
  [/ซ/, 'ส'],
  [/ะ/, 'ั'],
  [/ั/, 'ะ'],
]
let nextSpelling = 0
function thaiSpelling(term: string): string | undefined {
  for (let i = 0; i < thaiSpellings.length; i++) {
    const [re, to] = thaiSpellings[(nextSpelling + i) % thaiSpellings.length]!
    if (re.test(term)) {
      nextSpelling = (nextSpelling + i + 1) % thaiSpellings.length
      return term.replace(re, to)
    }
  }
  return undefined
}

/** Hand-written queries: a speaker's spellings, not derivable from the content. */
const handWritten: LabelledQuery[] = [
  // Typos readers make in Thai: a wrong vowel or tone mark, a missing or extra character.
  { lang: 'th', q: 'เมืองพี่เมืองนอง', kind: 'typo', relevant: [g('sister-city')] },
  { lang: 'th', q: 'สถานเอกอัคราชทูต', kind: 'typo', relevant: [g('embassy')] },
  { lang: 'th', q: 'การท่องเทียว', kind: 'typo', relevant: [g('tourism')] },
  { lang: 'th', q: 'ผู้ว่าราชการกรุงเทพมหานค', kind: 'typo', relevant: [g('governor-of-bangkok')] },
  { lang: 'th', q: 'สงกรานด์', kind: 'typo', relevant: [g('songkran')] },
  { lang: 'th', q: 'ไข้เลือดอออก', kind: 'typo', relevant: [g('dengue-fever')] },
  { lang: 'th', q: 'มลพิสทางอากาศ', kind: 'typo', relevant: [g('air-pollution')] },
  { lang: 'th', q: 'เมืองอัจริยะ', kind: 'typo', relevant: [g('smart-city')] },
  { lang: 'en', q: 'goverment', kind: 'typo', relevant: [g('e-government'), 'organizations/uclg/', g('uclg'), g('local-administrative-organisation')] },
  { lang: 'en', q: 'embasy', kind: 'typo', relevant: [g('embassy')] },
  { lang: 'en', q: 'ambasador', kind: 'typo', relevant: [g('ambassador')] },
  { lang: 'en', q: 'memorandum of understading', kind: 'typo', relevant: [g('memorandum-of-understanding')] },
  // Variant spellings no editor listed: Thai loanwords, English hyphens and spaces.
  { lang: 'th', q: 'อินเตอร์เน็ท', kind: 'variant', relevant: [g('internet')] },
  { lang: 'th', q: 'เว็ปไซต์', kind: 'variant', relevant: [g('website')] },
  { lang: 'th', q: 'เวบไซท์', kind: 'variant', relevant: [g('website')] },
  { lang: 'th', q: 'แอปพลิเคชั่น', kind: 'variant', relevant: [g('application')] },
  { lang: 'th', q: 'สมาร์ทซิตี', kind: 'variant', relevant: [g('smart-city')] },
  { lang: 'th', q: 'คาร์บอนนิวตรัล', kind: 'variant', relevant: [g('carbon-neutrality')] },
  { lang: 'th', q: 'เทเลเมดิสิน', kind: 'variant', relevant: [g('telemedicine')] },
  { lang: 'en', q: 'smart phone', kind: 'variant', relevant: [g('smartphone')] },
  { lang: 'en', q: 'open-data', kind: 'variant', relevant: [g('open-data')] },
  { lang: 'en', q: 'cyber security', kind: 'variant', relevant: [g('cybersecurity')] },
  { lang: 'en', q: 'e government', kind: 'variant', relevant: [g('e-government')] },
  { lang: 'en', q: 'tuk tuk', kind: 'variant', relevant: [g('tuk-tuk')] },
  { lang: 'en', q: 'web site', kind: 'variant', relevant: [g('website')] },
  { lang: 'en', q: 'decentralization', kind: 'variant', relevant: [g('decentralisation')] },
  { lang: 'ja', q: 'コミュニケイション', kind: 'katakana', relevant: [g('communication')] },
  { lang: 'ja', q: 'コミュニケション', kind: 'katakana', relevant: [g('communication')] },
  { lang: 'ja', q: 'インタネット', kind: 'katakana', relevant: [g('internet')] },
  { lang: 'ja', q: 'ウエブサイト', kind: 'katakana', relevant: [g('website')] },
  { lang: 'ja', q: 'スマトフォン', kind: 'katakana', relevant: [g('smartphone')] },
  { lang: 'ja', q: 'ｺﾐｭﾆｹｰｼｮﾝ', kind: 'fullwidth', relevant: [g('communication')] },
  { lang: 'ko', q: '어플리케이션', kind: 'variant', relevant: [g('application')] },
  { lang: 'ko', q: '커뮤니케이숀', kind: 'variant', relevant: [g('communication')] },
  { lang: 'ko', q: '스마트 시티', kind: 'spacing', relevant: [g('smart-city')] },
  { lang: 'ko', q: '자매 도시', kind: 'spacing', relevant: [g('sister-city')] },
  { lang: 'ko', q: '국제협력', kind: 'spacing', relevant: [] },
  { lang: 'zh', q: '环境 保护', kind: 'spacing', relevant: [g('environmental-protection')] },
  { lang: 'zh', q: '環境保護', kind: 'traditional', relevant: [g('environmental-protection')] },
  // Abbreviations beside words.
  { lang: 'th', q: 'ผอ. เขต', kind: 'abbreviation', relevant: [g('district-director')] },
  { lang: 'th', q: 'ผอ.เขต', kind: 'abbreviation', relevant: [g('district-director')] },
  { lang: 'th', q: 'สภา กทม', kind: 'abbreviation', relevant: [g('bangkok-metropolitan-council')] },
  { lang: 'th', q: 'ผู้ว่า กทม.', kind: 'abbreviation', relevant: [g('governor-of-bangkok')] },
  { lang: 'en', q: 'UN organization', kind: 'abbreviation', relevant: [g('united-nations'), g('international-organization')] },
  { lang: 'en', q: 'BMA hospital', kind: 'abbreviation', relevant: [g('bma-hospital')] },
  { lang: 'en', q: 'MOU signing', kind: 'abbreviation', relevant: [g('memorandum-of-understanding')] },
  { lang: 'zh', q: 'UN 组织', kind: 'abbreviation', relevant: [g('united-nations'), g('international-organization')] },
  { lang: 'zh', q: 'BTS 轻轨', kind: 'abbreviation', relevant: [g('bts-skytrain')] },
  { lang: 'zh', q: 'PM2.5 颗粒物', kind: 'abbreviation', relevant: [g('pm25')] },
  { lang: 'ja', q: 'UN 機関', kind: 'abbreviation', relevant: [g('united-nations'), g('international-organization')] },
  { lang: 'ja', q: 'BTS スカイトレイン', kind: 'abbreviation', relevant: [g('bts-skytrain')] },
  { lang: 'ja', q: 'PM2.5 粒子', kind: 'abbreviation', relevant: [g('pm25')] },
  { lang: 'ko', q: 'UN 기구', kind: 'abbreviation', relevant: [g('united-nations'), g('international-organization')] },
  { lang: 'ko', q: 'BTS 스카이트레인', kind: 'abbreviation', relevant: [g('bts-skytrain')] },
  { lang: 'ko', q: 'QR 코드', kind: 'abbreviation', relevant: [g('qr-code')] },
  // Words inside compounds.
  { lang: 'ko', q: '교류', kind: 'compound', relevant: [g('cultural-exchange'), g('youth-exchange'), g('staff-exchange-program')] },
  { lang: 'ja', q: '交流', kind: 'compound', relevant: [g('cultural-exchange'), g('youth-exchange'), g('staff-exchange-program')] },
  { lang: 'th', q: 'แลกเปลี่ยน', kind: 'compound', relevant: [g('cultural-exchange'), g('youth-exchange'), g('staff-exchange-program'), g('exchange-of-gifts')] },
]

async function main() {
  const bundle = await readBundle(join(repo, 'content'))
  const terms = bundle.glossary.filter((t) => t.status !== 'draft').sort((a, b) => a.slug.localeCompare(b.slug))
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
  // Dropping the space of `국제 협력` should find the pages that write it either way: of every collection with pages
  // (the office, 국제협력실, is named on most of them); public entries only, as only they reach the index.
  const cooperation = handWritten.find((q) => q.q === '국제협력')!
  cooperation.relevant = [
    g('united-nations'),
    ...pageCollections.flatMap((c) =>
      bundle[c]
        .filter((e) => isPublicEntry(c, e) && /국제 ?협력/.test(JSON.stringify(toPublic(c, e))))
        .map((e) => `${registry[c].segment}/${e.slug}/`)
        .filter((path) => path !== g('united-nations')),
    ),
  ]
  const queries: LabelledQuery[] = [...handWritten]
  const seen = new Set(queries.map((q) => `${q.lang}|${q.q}`))
  const count = (lang: Locale, kind: string) => queries.filter((q) => q.lang === lang && q.kind === kind).length

  for (const lang of langs) {
    const rnd = random(lang.charCodeAt(0) * 31 + lang.charCodeAt(1))
    const shuffled = [...terms]
      .map((t) => ({ t, r: rnd() }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.t)
    const own = (t: GlossaryEntry) => t.term[lang]
    /** Entries whose term or an alias in this language contains `text` (a query naming a part of several terms, or
     * naming another term outright by its alias). */
    const containing = (text: string, first: GlossaryEntry) => [
      first,
      ...terms.filter((t) => t !== first && [own(t), ...(t.aliases?.[lang] ?? [])].some((f) => (f ?? '').toLowerCase().includes(text.toLowerCase()))),
    ]
    const add = (kind: keyof typeof kinds, q: string | undefined, relevant: string[]) => {
      if (!q || count(lang, kind) >= kinds[kind] || relevant.length > 6) return
      const key = `${lang}|${q}`
      if (seen.has(key)) return
      seen.add(key)
      queries.push({ lang, q, kind, relevant })
    }
    for (const t of shuffled) {
      const term = own(t)
      if (!term) continue
      add('exact', term, [g(t.slug)])
      const alias = t.aliases?.[lang]?.find((a) => a !== term && a.length > 2 && !/^[A-Z]{2,5}$/.test(a))
      add('alias', alias, [g(t.slug)])
      const other = lang === 'en' ? t.term.th : t.term.en
      add('cross', other, [g(t.slug)])
      const roman = t.romanization?.[lang] ?? (lang === 'en' ? t.romanization?.th : undefined)
      if (roman) add('romanized', stripMarks(roman).toLowerCase(), [g(t.slug)])
      const chars = [...term]
      if (lang === 'en' ? term.length >= 8 : chars.length >= 4) {
        const prefix = lang === 'en' ? term.slice(0, Math.max(4, Math.ceil(term.length / 2))) : chars.slice(0, Math.ceil(chars.length / 2)).join('')
        const starting = terms.filter((x) => [own(x), ...(x.aliases?.[lang] ?? [])].some((f) => f?.toLowerCase().startsWith(prefix.toLowerCase())))
        add('prefix', prefix.trim(), [g(t.slug), ...starting.filter((x) => x !== t).map((x) => g(x.slug))])
      }
      if (lang !== 'en') {
        const words = wordsOf(term, lang).filter((w) => [...w].length >= (lang === 'th' ? 4 : 2) && w !== term && !/[A-Za-z]/.test(w))
        if (words.length >= 2) {
          const w = words[words.length - 1]
          add(
            'compound',
            w,
            containing(w, t).map((x) => g(x.slug)),
          )
        }
      }
      // Definition words: a word of the definition that no more than two other definitions use.
      const definition = t.definition[lang]
      if (definition) {
        const candidates = wordsOf(definition, lang).filter(
          (w) => (lang === 'en' ? w.length >= 7 : [...w].length >= (lang === 'th' ? 4 : 2)) && !/\d/.test(w) && !term.includes(w),
        )
        for (const word of candidates) {
          const w = lang === 'ko' ? withoutParticle(word) : word
          const users = terms.filter((x) => (x.definition[lang] ?? '').includes(w))
          if (users.length <= 3 && users.includes(t)) {
            add('definition', w, [g(t.slug), ...users.filter((x) => x !== t).map((x) => g(x.slug))])
            break
          }
        }
      }
      // A phrase of running text (two or three words of a definition, as written), which Pagefind's index-time
      // and query-time segmentation may cut differently.
      if (definition && lang !== 'en') {
        const script = { th: /^[\u0e00-\u0e7f]+$/, zh: /^[\u4e00-\u9fff]+$/, ja: /^[\u3040-\u30ff\u4e00-\u9fff]+$/, ko: /^[\uac00-\ud7a3 ]+$/ }[lang]
        // Thai: a run between spaces (Thai writes spaces between phrases); Korean: two words; Chinese, Japanese:
        // three segments of the platform's segmenter.
        const candidates =
          lang === 'th'
            ? definition.split(/\s+/).filter((x) => [...x].length >= 8 && [...x].length <= 18)
            : lang === 'ko'
              ? definition
                  .split(/\s+/)
                  .slice(0, -1)
                  .map((w, i) => `${w} ${definition.split(/\s+/)[i + 1]}`)
              : [...segmenters[lang].segment(definition)]
                  .map((_, i, all) => all.slice(i, i + 3))
                  .filter((run) => run.length === 3 && run.every((x) => x.isWordLike))
                  .map((run) => run.map((x) => x.segment).join(''))
        for (const phrase of candidates) {
          if (!script.test(phrase) || [...phrase].length < 5 || term.includes(phrase)) continue
          const users = terms.filter((x) => (x.definition[lang] ?? '').includes(phrase))
          if (users.length === 1 && users[0] === t) {
            add('phrase', phrase, [g(t.slug)])
            break
          }
        }
      }
      // Latin typos: the English term typed with a slip, on every language's site.
      if (/^[A-Za-z][A-Za-z ]{6,}$/.test(t.term.en ?? '')) add('typo', latinTypo(t.term.en!.toLowerCase(), rnd), [g(t.slug)])
      // Spaces typed inside an unspaced term (at a word boundary of the language's own segmenter), or dropped.
      if (unspaced(lang) || lang === 'ko') {
        const spaced = spaceInside(term, lang)
        if (spaced) add('spacing', spaced, [g(t.slug)])
        else if (lang === 'ko' && term.includes(' ')) add('spacing', term.replace(/ /g, ''), [g(t.slug)])
      } else if (/^[a-z]+ [a-z]+$/i.test(term)) add('spacing', term.replace(' ', '-').toLowerCase(), [g(t.slug)])
      if (lang === 'zh') {
        const traditional = toTraditional(term)
        if (traditional !== term) add('traditional', traditional, [g(t.slug)])
      }
      // Full-width Latin letters and digits (`ＡＳＥＡＮ`), and full-width spaces.
      const latin = [term, ...(t.aliases?.[lang] ?? [])].find((f) => /[A-Za-z0-9]/.test(f) && f.length >= 3)
      if (latin) add('fullwidth', toFullWidth(latin), [g(t.slug)])
      if (lang === 'ja' && /ー/.test(term) && /^[\u30a0-\u30ff・]+$/.test(term)) {
        // A long-vowel mark dropped, or written as the vowel (ケー → ケイ, コー → コウ).
        const dropped = term.replace('ー', '')
        const vowel = term.replace(/([ケセテネヘメレゲゼデベペ])ー/, '$1イ').replace(/([コソトノホモヨロゴゾドボポ])ー/, '$1ウ')
        add('katakana', rnd() < 0.5 || vowel === term ? dropped : vowel, [g(t.slug)])
      }
      // A loanword (written with ็ or ์) spelt another common way.
      if (lang === 'th' && /[็์]/.test(term) && count(lang, 'loanword') < kinds.loanword) add('loanword', thaiSpelling(term), [g(t.slug)])
      // The term in the other Han language, where it is written differently (観光振興 on the Chinese site).
      const otherHan = lang === 'zh' ? t.term.ja : lang === 'ja' ? t.term.zh : undefined
      if (otherHan && /^\p{Script=Han}+$/u.test(otherHan) && ![term, ...(t.aliases?.[lang] ?? [])].includes(otherHan)) add('han', otherHan, [g(t.slug)])
    }
  }
  queries.sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang) || Object.keys(kinds).indexOf(a.kind) - Object.keys(kinds).indexOf(b.kind))
  writeFileSync(join(here, 'queries.json'), `${JSON.stringify(queries, null, 1)}\n`)
  for (const lang of langs) {
    const mine = queries.filter((q) => q.lang === lang)
    console.log(
      lang,
      mine.length,
      Object.keys(kinds)
        .map((k) => `${k}:${mine.filter((q) => q.kind === k).length}`)
        .join(' '),
    )
  }
}

await main()
