/**
 * The seed bundle's cover images (content/media/{cities,organizations,news}/{slug}.jpg): calm abstract pictures made
 * from an SVG drawn here, so no image is downloaded. They carry no words, since one picture serves all five
 * languages' pages, and their alternative text says so in each language.
 */
import type { Locale } from '../../content/schema/locales.ts'

const width = 1600
const height = 900

function hash(value: string): number {
  let h = 0x811c9dc5
  for (const char of value) {
    h ^= char.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

function sequence(seed: number): () => number {
  let state = seed || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 0x100000000
  }
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360}, ${Math.round(s)}%, ${Math.round(l)}%)`

/** The cover's SVG: colours and shapes follow from the slug, so the same entry always gets the same picture. */
export function coverSvg(slug: string): string {
  const random = sequence(hash(slug))
  const hue = hash(slug) % 360
  const hue2 = hue + 25 + random() * 50
  const dark = hsl(hue, 38, 24)
  const mid = hsl(hue2, 34, 36)
  const soft = hsl(hue2 + 20, 45, 70)

  const circles = Array.from({ length: 6 }, () => {
    const r = 120 + random() * 320
    const cx = random() * width
    const cy = random() * height
    return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="${soft}" fill-opacity="${(0.05 + random() * 0.09).toFixed(2)}"/>`
  }).join('')

  const rings = Array.from({ length: 4 }, (_, i) => {
    const r = 90 + i * 70
    return `<circle cx="${(1150 + random() * 200).toFixed(0)}" cy="${(260 + random() * 120).toFixed(0)}" r="${r}" fill="none" stroke="${soft}" stroke-opacity="${(0.16 - i * 0.03).toFixed(2)}" stroke-width="3"/>`
  }).join('')

  const waves = Array.from({ length: 3 }, (_, i) => {
    const y = 560 + i * 70 + random() * 40
    const a = 30 + random() * 50
    const shift = random() * 400
    return `<path d="M0 ${y.toFixed(0)} C ${(400 + shift).toFixed(0)} ${(y - a).toFixed(0)}, ${(900 - shift / 2).toFixed(0)} ${(y + a).toFixed(0)}, ${width} ${(y - a / 2).toFixed(0)} L ${width} ${height} L 0 ${height} Z" fill="${soft}" fill-opacity="${(0.06 + i * 0.03).toFixed(2)}"/>`
  }).join('')

  // No words: one picture serves every language's page, so it must not speak any one of them.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>
${circles}${rings}${waves}
</svg>`
}

/** The cover's alternative text in each language, naming the page it heads. */
export function coverAlt(name: Partial<Record<Locale, string>>): Record<Locale, string> {
  const of = (lang: Locale) => name[lang] ?? name.th ?? ''
  return {
    th: `ภาพปกลายวงกลมและเส้นโค้งนามธรรม ไม่มีตัวอักษร สำหรับหน้า${of('th')}`,
    en: `Abstract cover of soft circles and curves, without words, for the page on ${of('en')}`,
    zh: `${of('zh')}页面的抽象封面图：柔和的圆形与曲线，不含文字`,
    ja: `${of('ja')}のページの抽象的なカバー画像（やわらかな円と曲線、文字なし）`,
    ko: `${of('ko')} 페이지의 추상적인 표지 이미지(부드러운 원과 곡선, 글자 없음)`,
  }
}
