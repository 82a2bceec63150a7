/** The site's language helpers, tested directly: collation groups, dates, UI strings, URLs, redirects. */
import { describe, expect, it } from 'vitest'
import { initialGroup, sortBy } from '../../site/src/lib/collation.ts'
import { formatDate, timeOf } from '../../site/src/lib/dates.ts'
import { missingKeys, useTranslations } from '../../site/src/lib/i18n.ts'
import { renderMarkdown } from '../../site/src/lib/markdown.ts'
import { inLanguage, urls } from '../../site/src/lib/urls.ts'
import { slugRedirects } from '../../site/src/lib/redirects.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'
import { emptyBundle } from '../../content/bundle.ts'
import type { GlossaryEntry } from '../../content/schema/index.ts'

describe('collation', () => {
  it('groups Thai by the first consonant, skipping leading vowels', () => {
    expect(['เกาะ', 'ไก่', 'โรงเรียน', 'ใจ', 'อำเภอ'].map((w) => initialGroup(w, 'th'))).toEqual(['ก', 'ก', 'ร', 'จ', 'อ'])
    expect(sortBy(['แมว', 'ข้าว', 'เกาะ', 'คน'], 'th', (w) => w)).toEqual(['เกาะ', 'ข้าว', 'คน', 'แมว'])
  })
  it('groups Japanese kana by row, katakana and voiced kana included', () => {
    expect(['あいち', 'ガス', 'ばんこく', 'しまいとし', 'ゆうこう', 'ん'].map((w) => initialGroup(w, 'ja'))).toEqual(['あ', 'か', 'は', 'さ', 'や', 'わ'])
  })
  it('groups Korean by initial consonant, folding double consonants', () => {
    expect(['까치', '서울', '쌍', '한국'].map((w) => initialGroup(w, 'ko'))).toEqual(['ㄱ', 'ㅅ', 'ㅅ', 'ㅎ'])
  })
  it('groups Chinese by pinyin initial, from the romanization or the collation', () => {
    expect(initialGroup('曼谷', 'zh', 'màngǔ')).toBe('M')
    expect(['北京', '上海', '东京', '阿姨', '福冈'].map((w) => initialGroup(w, 'zh'))).toEqual(['B', 'S', 'D', 'A', 'F'])
  })
})

describe('dates', () => {
  it('keeps reduced precision and uses the Buddhist calendar in Thai', () => {
    expect(formatDate('2019', 'th')).toContain('2562')
    expect(formatDate('2019-04', 'en')).toBe('April 2019')
    expect(formatDate('2026-03-14', 'th')).toBe('14 มีนาคม 2569')
    expect(formatDate('2026-03-13T20:00:00Z', 'en')).toBe('14 March 2026') // 03:00 next day in Bangkok
    expect(formatDate('2026-03-14 09:00', 'ja')).toBe('2026年3月14日')
    expect(timeOf('2026-03-14 09:00')).toBe(Date.parse('2026-03-14T09:00:00+07:00'))
    expect(timeOf('2026-03-14T09:00:00')).toBe(Date.parse('2026-03-14T09:00:00+07:00'))
    expect(timeOf('2026-03-14')).toBeLessThan(timeOf('2026-03-14T00:00:01+07:00'))
  })
})

describe('UI strings', () => {
  it('has no missing key and refuses unknown ones', () => {
    expect(missingKeys()).toEqual([])
    const table = (extra: Record<string, unknown> = {}) => ({ nav: { home: 'x', ...extra } })
    expect(missingKeys({ th: table({ news: 'y' }), en: table(), zh: table({ news: 'y' }), ja: table({ news: '' }), ko: table({ news: 'y' }) })).toEqual([
      'site/src/i18n/en.json: nav.news is missing',
      'site/src/i18n/ja.json: nav.news is missing',
    ])
    expect(useTranslations('ko')('nav.glossary')).toBe('용어집')
    expect(() => useTranslations('en')('no.such.key')).toThrow(/en\.json: UI string "no\.such\.key" is missing/)
  })
})

describe('markdown and urls', () => {
  it('escapes raw HTML and drops dangerous link protocols', () => {
    const html = renderMarkdown('<script>x()</script>\n\n**b** [a](javascript:alert) [ok](/en/)')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('<a href="/en/">ok</a>')
  })
  it('switches language by swapping the first segment only', () => {
    expect(inLanguage(urls.entry('glossary', 'th', 'sister-city'), 'ja')).toBe('/ja/glossary/sister-city/')
    expect(urls.news('en', 2)).toBe('/en/news/page/2/')
  })
})

describe('slugRedirects', () => {
  const entry = (slug: string, previousSlugs?: string[]): GlossaryEntry => ({ slug, previousSlugs, term: { th: slug }, definition: { th: slug } })
  const content = (glossary: GlossaryEntry[]) => publicContent({ ...emptyBundle(), glossary })
  it('sends each former slug to the entry in every language', () => {
    const redirects = slugRedirects(content([entry('sister-city', ['twin-city'])]))
    expect(redirects['/th/glossary/twin-city/']).toBe('/th/glossary/sister-city/')
    expect(Object.keys(redirects)).toHaveLength(5)
  })
  it('leaves a former slug alone when an entry uses it now or two entries once had it', () => {
    expect(slugRedirects(content([entry('a', ['b']), entry('b')]))).toEqual({})
    expect(slugRedirects(content([entry('a', ['x']), entry('c', ['x'])]))).toEqual({})
  })
})
