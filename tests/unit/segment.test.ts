/**
 * The segmentation shared by the full-text index and the browser (site/src/lib/search/segment.ts): the indexed copy
 * breaks at the same places as the browser's `Intl.Segmenter` breaks a query, and what Pagefind shows back from it
 * (its text joined by single spaces, its highlights) reads as the page did.
 */
import { describe, expect, it } from 'vitest'
import { joinSegments, segmentHtml, segmentText } from '../../site/src/lib/search/segment.ts'

/** What Pagefind keeps of an indexed text: its words, joined by single spaces. */
const asPagefindShowsIt = (text: string) => text.split(/\s+/u).join(' ')

const samples: Array<[string, string]> = [
  ['ความสัมพันธ์ระหว่างประเทศ', 'th'],
  ['ฝุ่น PM2.5 ในกรุงเทพฯ เมืองพี่เมืองน้อง', 'th'],
  ['バンコク都議会は、東京都と協力する。', 'ja'],
  ['ワシントンD.C.との姉妹都市関係', 'ja'],
  ['曼谷市政府所属医院（BMA）开办', 'zh-Hans'],
  ['Sister city 𠮷野家', 'ja'],
]

describe('segmentText', () => {
  it('breaks words as the browser breaks a query', () => {
    const words = (text: string, locale: string) =>
      [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
    for (const [text, locale] of samples) {
      const indexed = segmentText(text, locale)
        .split(/[\s`]+/u)
        .flatMap((w) => words(w, locale))
      expect(indexed).toEqual(words(text, locale))
    }
    expect(segmentText('ความสัมพันธ์ระหว่างประเทศ', 'th')).toBe('ความ สัมพันธ์ ระหว่าง ประเทศ')
  })

  it('leaves text of other scripts as it is', () => {
    expect(segmentText('Drainage tunnel, 2 km', 'en')).toBe('Drainage tunnel, 2 km')
    expect(segmentText('기념품 교환', 'ko')).toBe('기념품 교환')
  })
})

describe('joinSegments', () => {
  it('gives back the text, its own spaces kept, from what Pagefind shows', () => {
    for (const [text, locale] of samples) expect(joinSegments(asPagefindShowsIt(segmentText(text, locale)))).toBe(text)
  })

  it('joins across Pagefind’s highlights, and keeps the text’s own spaces there', () => {
    expect(joinSegments('ความ <mark>สัมพันธ์</mark> ระหว่าง')).toBe('ความ<mark>สัมพันธ์</mark>ระหว่าง')
    expect(joinSegments('ใน กรุงเทพฯ <mark>`เมือง</mark> พี่')).toBe('ในกรุงเทพฯ <mark>เมือง</mark>พี่')
  })

  it('keeps the space after a block Pagefind ended with a full stop', () => {
    expect(joinSegments('ความ สัมพันธ์. ระหว่าง ประเทศ')).toBe('ความสัมพันธ์. ระหว่างประเทศ')
  })
})

describe('segmentHtml', () => {
  it('segments text between tags only, marking the text’s own spaces beside Thai', () => {
    expect(segmentHtml('<p class="ความสัมพันธ์">ความสัมพันธ์ &amp; ประเทศ</p>', 'th')).toBe('<p class="ความสัมพันธ์">ความ สัมพันธ์ `&amp; `ประเทศ</p>')
  })
})
