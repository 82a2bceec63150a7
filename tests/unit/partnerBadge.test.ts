/**
 * Partner badges: the text in the partner's language and English, drawn as outlines from the Noto fonts shipped on
 * npm (no <text>, so no font on the reader's computer is needed and no script turns into boxes), Thai marks placed
 * on their letters, and a character no shipped font has refused by name.
 */
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { badgeLocales, badgeText, partnerBadge, type BadgePartner } from '../../site/src/lib/partnerBadge.ts'
import { outlinedText } from '../../site/src/lib/outlinedText.ts'

const seoul: BadgePartner = { relationship: 'sister-city', since: '2006-06', country: 'KR', nativeName: { lang: 'ko', value: '서울특별시' } }
const fukuoka: BadgePartner = { relationship: 'friendship-city', since: '2006-02-08', country: 'JP', nativeName: { lang: 'ja', value: '福岡市' } }
const beijing: BadgePartner = { relationship: 'sister-city', since: '1993', country: 'CN', nativeName: { lang: 'zh-Hans', value: '北京市' } }
const taipei: BadgePartner = { relationship: 'partner-city', since: '2010', country: 'TW', nativeName: { lang: 'zh-Hant', value: '臺北市' } }
const citynet: BadgePartner = { kind: 'city-network', since: '1992', country: 'KR' }
const embassy: BadgePartner = { kind: 'embassy', country: 'JP' }

/** How much of a rendered badge is ink (pixels far from the white background). */
async function ink(svg: string): Promise<number> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true })
  let dark = 0
  for (const value of data) if (value < 128) dark++
  return dark / (info.width * info.height)
}

describe('partner badges', () => {
  it("speaks the partner's own language where the site has it, and English", () => {
    expect(badgeLocales(seoul)).toEqual(['ko', 'en'])
    expect(badgeLocales(fukuoka)).toEqual(['ja', 'en'])
    expect(badgeLocales(beijing)).toEqual(['zh', 'en'])
    expect(badgeLocales(taipei)).toEqual(['en']) // Traditional Chinese is not the site's Simplified
    expect(badgeLocales(citynet)).toEqual(['en'])
    expect(badgeLocales(embassy)).toEqual(['ja', 'en'])
    expect(badgeText(seoul, 'en')).toBe('Sister city of Bangkok since 2006')
    expect(badgeText(seoul, 'ko')).toBe('2006년부터 방콕의 자매도시')
    expect(badgeText(fukuoka, 'ja')).toBe('2006年からバンコクの友好都市')
    expect(badgeText(beijing, 'zh')).toBe('自1993年起为曼谷的友好城市')
    expect(badgeText({ ...seoul, since: undefined }, 'th')).toBe('เมืองพี่เมืองน้องของกรุงเทพมหานคร')
    expect(badgeText(seoul, 'th')).toBe('เมืองพี่เมืองน้องของกรุงเทพมหานครตั้งแต่ปี พ.ศ. 2549')
    expect(badgeText(embassy, 'en')).toBe('Partner of Bangkok')
  })

  it('draws every language as outlines that render without any font installed', async () => {
    for (const [partner, lang] of [
      [seoul, 'ko'],
      [fukuoka, 'ja'],
      [beijing, 'zh'],
      [seoul, 'th'],
      [seoul, 'en'],
    ] as const) {
      const { svg, width, height } = partnerBadge(partner, lang)
      expect(svg).not.toMatch(/<text|<tspan|font-family/)
      expect(svg).toMatch(/<title>[^<]+<\/title>/)
      expect(width).toBeGreaterThan(150)
      expect(height).toBe(56)
      // The outlines put ink on the badge: far more than the frame and mark alone.
      const blank = svg.replace(/<path transform="translate\(54 (23|42)\)"[^>]*\/>/g, '')
      expect(await ink(svg)).toBeGreaterThan((await ink(blank)) + 0.02)
    }
  })

  it('places Thai vowels and tone marks on their letters instead of after them', () => {
    const base = outlinedText('ท', 'th', 15)
    const marked = outlinedText('ที่', 'th', 15)
    expect(marked.width).toBe(base.width)
    expect(marked.d.length).toBeGreaterThan(base.d.length)
  })

  it('refuses a character no shipped font has, naming it', () => {
    expect(() => outlinedText('ሰላም', 'en', 15)).toThrow(/no font in @fontsource\/noto-sans has "ሰ" \(U\+1230\)/)
  })
})
