/**
 * The site's helpers, tested directly: collation groups, dates, UI strings, URLs, redirects, agreement states,
 * profile records, index filters, lists and language names.
 */
import { describe, expect, it } from 'vitest'
import type { Bundle } from '../../content/schema/index.ts'
import { agreementState, isPast } from '../../site/src/lib/agreementState.ts'
import type { ActivityItem, AgreementCard } from '../../site/src/lib/entryPages.ts'
import { languageName } from '../../site/src/lib/languageNames.ts'
import { listParts } from '../../site/src/lib/listFormat.ts'
import { profileAgreements, profileTimeline } from '../../site/src/lib/profileRecords.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'
import { facetAttributes, facetRules, unionOf } from '../../site/src/lib/recordFilters.ts'
import { organizationEntry } from '../../site/src/lib/search/entries.ts'
import { initialGroup, sortBy } from '../../site/src/lib/collation.ts'
import { formatDate, timeOf } from '../../site/src/lib/dates.ts'
import { missingKeys, useTranslations } from '../../site/src/lib/i18n.ts'
import { renderMarkdown } from '../../site/src/lib/markdown.ts'
import { inLanguage, urls } from '../../site/src/lib/urls.ts'
import { slugRedirects } from '../../site/src/lib/redirects.ts'
import { emptyBundle } from '../../content/bundle.ts'

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

/** Public content of a bundle made of the given entries (every other collection empty). */
const contentOf = (entries: Partial<Bundle>) => publicContent({ ...emptyBundle(), ...entries })
const term = (slug: string, previousSlugs?: string[]) => ({ slug, previousSlugs, term: { th: slug }, definition: { th: slug } })
const city = (slug: string, extra: object = {}) => ({
  slug,
  name: { th: slug },
  country: 'JP',
  relationship: 'sister-city' as const,
  summary: { th: slug },
  body: { th: slug },
  ...extra,
})
const organization = (slug: string, extra: object = {}) => ({ slug, name: { th: slug }, kind: 'city-network' as const, summary: { th: slug }, ...extra })

describe('slugRedirects', () => {
  it('sends each former slug to the entry in every language', () => {
    const redirects = slugRedirects(contentOf({ glossary: [term('sister-city', ['twin-city'])] }))
    expect(redirects['/th/glossary/twin-city/']).toBe('/th/glossary/sister-city/')
    expect(Object.keys(redirects)).toHaveLength(5)
  })
  it('leaves a former slug alone when an entry uses it now or two entries once had it', () => {
    expect(slugRedirects(contentOf({ glossary: [term('a', ['b']), term('b')] }))).toEqual({})
    expect(slugRedirects(contentOf({ glossary: [term('a', ['x']), term('c', ['x'])] }))).toEqual({})
  })
  it("sends an organisation's former city pages to its profile, in every language", () => {
    const redirects = slugRedirects(contentOf({ organizations: [organization('citynet', { movedFrom: ['cities/citynet', 'cities/city-net'] })] }))
    expect(redirects['/ja/cities/citynet/']).toBe('/ja/organizations/citynet/')
    expect(redirects['/ko/cities/city-net/']).toBe('/ko/organizations/citynet/')
    expect(Object.keys(redirects)).toHaveLength(10)
  })
  it('never redirects the page of a public city, nor a URL two entries claim, nor a collection with no pages', () => {
    expect(slugRedirects(contentOf({ cities: [city('citynet')], organizations: [organization('citynet', { movedFrom: ['cities/citynet'] })] }))).toEqual({})
    expect(
      slugRedirects(contentOf({ cities: [city('tokyo', { previousSlugs: ['wego'] })], organizations: [organization('wego', { movedFrom: ['cities/wego'] })] })),
    ).toEqual({})
    expect(slugRedirects(contentOf({ organizations: [organization('a', { movedFrom: ['domains/a'] })] }))).toEqual({})
    // A draft city does not hold its URL: the public organisation takes it over.
    const drafted = slugRedirects(
      contentOf({ cities: [city('citynet', { status: 'draft' })], organizations: [organization('citynet', { movedFrom: ['cities/citynet'] })] }),
    )
    expect(drafted['/en/cities/citynet/']).toBe('/en/organizations/citynet/')
  })
})

describe('agreement state', () => {
  it("takes the bundle's status, and calls an agreement in force whose expiry has passed expired", () => {
    expect(agreementState({ status: 'in-force', expires: '2020-05-31' }, '2026-12-01')).toBe('expired')
    expect(agreementState({ status: 'in-force', expires: '2026-12-01' }, '2026-12-01')).toBe('in-force')
    expect(agreementState({ status: 'in-force', expires: '2026-12' }, '2026-12-31')).toBe('in-force')
    expect(agreementState({ status: 'in-force', expires: '2026' }, '2027-01-01')).toBe('expired')
    expect(agreementState({ status: 'in-force' }, '2026-12-01')).toBe('in-force')
    expect(agreementState({ status: 'terminated', expires: '2016-02' }, '2026-12-01')).toBe('terminated')
    expect(agreementState({ status: 'under-negotiation', expires: '2001' }, '2026-12-01')).toBe('under-negotiation')
    expect(agreementState({ status: 'expired', expires: '2099' }, '2026-12-01')).toBe('expired')
    expect(isPast('2026-11', '2026-12-01')).toBe(true)
  })
})

describe('profile records', () => {
  const card = (slug: string, signed: string | undefined, th: string): AgreementCard => ({
    slug,
    title: { th },
    kind: 'mou',
    status: 'in-force',
    state: 'in-force',
    signed,
  })
  const item = (slug: string, start: string, th: string): ActivityItem => ({ slug, title: { th }, kind: 'meeting', start })
  it("lists a city's inline agreements unless a first-class one has the same signing date or Thai title, newest first", () => {
    const rows = profileAgreements(
      [card('a', '2006-10-30', 'ความตกลง ก'), card('b', undefined, 'ความตกลง ข')],
      [
        { title: { th: 'อื่น' }, date: '2006-10-30' },
        { title: { th: 'ความตกลง ข' }, date: '1999' },
        { title: { th: 'ความตกลงใหม่' }, date: '2010' },
        { title: { th: 'ไม่มีวันที่' } },
      ],
    )
    expect(rows.map((r) => r.card?.slug ?? r.inline?.title.th)).toEqual(['ความตกลงใหม่', 'a', 'b', 'ไม่มีวันที่'])
  })
  it("lists a city's inline activities unless a first-class one starts that day or has the same Thai title, oldest first", () => {
    const rows = profileTimeline(
      [item('x', '2019-04', 'แลกเปลี่ยน'), item('y', '2007-01-01', 'ประชุม')],
      [
        { date: '2019-04', text: { th: 'อื่น' } },
        { date: '2008', text: { th: 'ประชุม' } },
        { date: '2001', text: { th: 'เยือน' } },
      ],
    )
    expect(rows.map((r) => r.item?.slug ?? r.inline?.text.th)).toEqual(['เยือน', 'y', 'x'])
  })
})

describe('index filters', () => {
  it('marks items and groups with their facet values and writes one rule per value used', () => {
    const items = [
      { kind: ['mou'], country: ['JP', 'KR'], year: ['2019'] },
      { kind: ['other'], country: [], sector: ['environment'] },
    ]
    expect(facetAttributes(items[0]!)).toEqual({ 'data-kind': 'mou', 'data-country': 'JP KR', 'data-year': '2019' })
    expect(facetAttributes(items[1]!)).toEqual({ 'data-kind': 'other', 'data-country': '', 'data-sector': 'environment' })
    expect(unionOf(items)).toEqual({ kind: ['mou', 'other'], country: ['JP', 'KR'], year: ['2019'], sector: ['environment'] })
    expect(facetRules(items)).toEqual([
      '.records:has(#kind-mou:checked) [data-kind]:not([data-kind~="mou"]){display:none}',
      '.records:has(#kind-other:checked) [data-kind]:not([data-kind~="other"]){display:none}',
      '.records:has(#country-JP:checked) [data-country]:not([data-country~="JP"]){display:none}',
      '.records:has(#country-KR:checked) [data-country]:not([data-country~="KR"]){display:none}',
      '.records:has(#sector-environment:checked) [data-sector]:not([data-sector~="environment"]){display:none}',
      '.records:has(#year-2019:checked) [data-year]:not([data-year~="2019"]){display:none}',
    ])
  })
})

describe('names', () => {
  it("joins names as each language lists them, and names document languages in the page's language", () => {
    const joined = (lang: 'th' | 'en' | 'zh' | 'ja' | 'ko') =>
      listParts(['A', 'B', 'C'], lang)
        .map((p) => p.item ?? p.literal)
        .join('')
    expect(joined('en')).toBe('A, B and C')
    expect(joined('ja')).toBe('A、B、C')
    expect(listParts(['A'], 'ko')).toEqual([{ item: 'A' }])
    expect(languageName('ja', 'en')).toBe('Japanese')
    expect(languageName('zh-Hans', 'th')).toBe('จีนตัวย่อ')
    expect(languageName('th', 'ja')).toBe('タイ語')
    expect(languageName('not a tag', 'en')).toBe('not a tag')
  })
  it("puts an organisation's names and aliases in the term list, its own language's first", () => {
    const entry = organizationEntry(
      organization('citynet', { name: { th: 'ซิตี้เน็ต', en: 'CityNet', ja: 'シティネット' }, aliases: { en: ['CITYNET'], ko: ['아태도시네트워크'] } }),
      'ja',
    )
    expect(entry).toMatchObject({ u: '/ja/organizations/citynet/', y: 'o', t: 'シティネット', k: ['シティネット'], p: 1 })
    expect(entry.l).toEqual(['citynet'])
    expect(entry.x).toEqual(['ซิตี้เน็ต', '아태도시네트워크'])
  })
})
