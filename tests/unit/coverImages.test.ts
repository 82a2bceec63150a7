/**
 * The seed bundle's cover images carry no words (one picture serves all five languages' pages): the generator draws
 * no text, every committed cover is what it draws, and each entry's alternative text says so in every language.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { coverAlt, coverSvg } from '../../scripts/lib/coverImages.ts'

const content = new URL('../../content/', import.meta.url).pathname
const covered = (['cities', 'organizations', 'news'] as const).flatMap((collection) =>
  readdirSync(join(content, collection))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ collection, entry: JSON.parse(readFileSync(join(content, collection, name), 'utf8')) as Record<string, never> })),
)

/** The share of two images' pixels that differ by far more than JPEG compression moves them. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((input) => sharp(input).resize(800, 450).removeAlpha().raw().toBuffer()))
  let far = 0
  for (let i = 0; i < x!.length; i += 3) if (Math.max(...[0, 1, 2].map((c) => Math.abs(x![i + c]! - y![i + c]!))) > 48) far++
  return far / (x!.length / 3)
}

describe('cover images', () => {
  it('draws shapes and colours only, never text', () => {
    for (const { entry } of covered) {
      const svg = coverSvg(entry.slug)
      expect(svg).not.toMatch(/<text|<tspan|font-family/)
      expect(svg).toMatch(/<circle/)
    }
  })

  it('is what the generator draws, for every city, organisation and news entry of the seed bundle', async () => {
    const far: string[] = []
    for (const { collection, entry } of covered) {
      const file = join(content, 'media', collection, `${entry.slug}.jpg`)
      const drawn = await sharp(Buffer.from(coverSvg(entry.slug)))
        .png()
        .toBuffer()
      // JPEG compression moves pixels a little; words on a picture move a share of them a lot.
      if ((await difference(readFileSync(file), drawn)) > 0.002) far.push(file)
    }
    expect(far).toEqual([])
    // The check can fail: the same picture with a title on it is far from what the generator draws.
    const titled = coverSvg('seoul').replace('</svg>', '<text x="120" y="470" font-size="96" font-weight="700" fill="#fff">SISTER CITY Seoul</text></svg>')
    expect(
      await difference(
        await sharp(Buffer.from(titled)).png().toBuffer(),
        await sharp(Buffer.from(coverSvg('seoul')))
          .png()
          .toBuffer(),
      ),
    ).toBeGreaterThan(0.002)
    // Sixty pictures drawn one after another: seconds at rest, minutes on a loaded machine.
  }, 600_000)

  it("describes each cover in all five languages, in each language's own words", () => {
    for (const { collection, entry } of covered) {
      const alt = entry.imageAlt as Record<string, string>
      expect(alt).toEqual(coverAlt(collection === 'news' ? entry.title : entry.name))
      expect(alt.en).toContain('without words')
      expect(alt.ko).toMatch(/[가-힣]/)
      expect(alt.th).toMatch(/[ก-๙]/)
      expect(alt.ja).toContain('文字なし')
      expect(alt.zh).toContain('不含文字')
    }
  })
})
