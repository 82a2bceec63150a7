/** The shared normalization layer (site/src/lib/search/normalize.ts) and the term matcher, on the examples. */
import { describe, expect, it } from 'vitest'
import { compact, expand, fold, skeleton, skeletons } from '../../site/src/lib/search/normalize.ts'
import { editDistance, matchTerms, prepare, strongMatch } from '../../site/src/lib/search/match.ts'
import '../../site/src/lib/search/simplifiedTable.ts'

describe('fold', () => {
  it('folds compatibility forms, case and Latin diacritics', () => {
    expect(fold('ＡＳＥＡＮ', 'en')).toBe('asean')
    expect(fold('ｺﾐｭﾆｹｰｼｮﾝ', 'ja')).toBe('コミュニケーション')
    expect(fold('guójì guānxì', 'zh')).toBe('guoji guanxi')
    expect(fold('Tōnan Ajia', 'ja')).toBe('tonan ajia')
  })
  it('keeps Thai sara am, which NFKC would split', () => {
    expect(fold('ดำรง อำนาจ', 'th')).toBe('ดำรง อำนาจ')
  })
  it('turns Traditional Chinese Simplified on the Chinese site only', () => {
    expect(fold('環境保護', 'zh')).toBe('环境保护')
    expect(fold('環境保護', 'ja')).toBe('環境保護')
  })
})

describe('compact and skeleton', () => {
  it('ignores spaces, hyphens and punctuation', () => {
    expect(compact('smart phone', 'en')).toBe(compact('smartphone', 'en'))
    expect(compact('open-data', 'en')).toBe(compact('open data', 'en'))
    expect(compact('자매 도시', 'ko')).toBe('자매도시')
  })
  it('merges Thai loanword spellings', () => {
    expect(skeleton('อินเตอร์เน็ต', 'th')).toBe(skeleton('อินเทอร์เน็ต', 'th'))
    expect(skeleton('เว็ปไซต์', 'th')).toBe(skeleton('เว็บไซต์', 'th'))
    expect(skeleton('แอพพลิเคชั่น', 'th')).toBe(skeleton('แอปพลิเคชัน', 'th'))
  })
  it('treats Thai loanword spellings as one class each, not a word list', () => {
    const same = (a: string, b: string) => expect(skeletons(a, 'th').some((k) => skeletons(b, 'th').includes(k))).toBe(true)
    same('คอมพิวเตอร์', 'คอมพิวเทอร์') // ต for ท
    same('ดิจิทัล', 'ดิจิตัล') // ท for ต
    same('คลิก', 'คลิค') // ค for ก
    same('เซิร์ฟเวอร์', 'เสิร์ฟเวอร์') // ส for ซ
    same('แท็กซี่', 'แทกซี่') // ็ missing
    same('เกม', 'เก็ม') // ็ extra
    same('อีเมล', 'อีเมล์') // ์ extra on a spoken letter
    same('ซอฟต์แวร์', 'ซอฟแวร์') // a silent letter with ์ left out
    same('เกม', 'เกมส์') // a silent letter with ์ added
    same('ซะ', 'ซั') // ั for ะ
    expect(skeleton('ไมซ์', 'th')).not.toBe(skeleton('ไม้', 'th'))
  })
  it('merges katakana long vowels however they are written', () => {
    const target = skeleton('コミュニケーション', 'ja')
    for (const typed of ['コミュニケイション', 'コミュニケション', 'こみゅにけーしょん']) expect(skeleton(typed, 'ja')).toBe(target)
  })
  it('writes out abbreviations as an extra form', () => {
    expect(expand('ผอ. เขต', 'th')).toEqual(['ผอ. เขต', 'ผู้อำนวยการเขต'])
  })
})

describe('matchTerms', () => {
  const entries = [
    { u: '/en/glossary/embassy/', y: 'g' as const, t: 'Embassy', k: ['embassy', 'สถานเอกอัครราชทูต', 'sathan ekakkhratchathut'], p: 1 },
    { u: '/en/glossary/e-government/', y: 'g' as const, t: 'e-government', k: ['e-government'], p: 1 },
    { u: '/en/glossary/smartphone/', y: 'g' as const, t: 'smartphone', k: ['smartphone'], p: 1 },
  ]
  const prepared = prepare(entries, 'en')
  it('finds typos, spacing variants and other languages', () => {
    expect(matchTerms('embasy', prepared, 'en')[0]?.entry.u).toBe('/en/glossary/embassy/')
    expect(matchTerms('goverment', prepared, 'en')[0]?.entry.u).toBe('/en/glossary/e-government/')
    expect(matchTerms('smart phone', prepared, 'en')[0]?.entry.u).toBe('/en/glossary/smartphone/')
    expect(matchTerms('สถานเอกอัครราชทูต', prepared, 'en')[0]?.entry.u).toBe('/en/glossary/embassy/')
  })
  it('does not take a short katakana word for a typo of a reading that merely sounds alike', () => {
    const ja = prepare(
      [
        { u: '/ja/glossary/tourism/', y: 'g' as const, t: '観光', k: ['観光', 'かんこう', 'kanko'], p: 2 },
        { u: '/ja/glossary/carbon-neutrality/', y: 'g' as const, t: 'カーボンニュートラル', k: ['カーボンニュートラル'], p: 1 },
        { u: '/ja/glossary/communication/', y: 'g' as const, t: 'コミュニケーション', k: ['コミュニケーション'], p: 1 },
      ],
      'ja',
    )
    // `カーン` (a sound inside place names) is `カン` as a skeleton: one letter from `カンコ` and from `カーボ…`.
    expect(matchTerms('カーン', ja, 'ja')).toEqual([])
    expect(matchTerms('コミュニケイション', ja, 'ja')[0]?.entry.u).toBe('/ja/glossary/communication/')
    expect(matchTerms('コミュニケション', ja, 'ja')[0]?.entry.u).toBe('/ja/glossary/communication/')
  })
  it('finds a Thai loanword spelt another way inside a longer term, below the terms the query names', () => {
    const th = prepare(
      [
        { u: '/th/glossary/digital-transformation/', y: 'g' as const, t: 'การเปลี่ยนผ่านสู่ดิจิทัล', k: ['การเปลี่ยนผ่านสู่ดิจิทัล'], p: 1 },
        { u: '/th/glossary/tourism/', y: 'g' as const, t: 'การท่องเที่ยว', k: ['การท่องเที่ยว'], p: 1 },
      ],
      'th',
    )
    const [hit] = matchTerms('ดิจิตัล', th, 'th')
    expect(hit?.entry.u).toBe('/th/glossary/digital-transformation/')
    expect(hit!.score).toBeLessThan(strongMatch)
  })
  it('counts adjacent swaps as one edit', () => {
    expect(editDistance('embsasy', 'embassy', 2)).toBe(1)
  })
})
