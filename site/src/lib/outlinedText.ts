/**
 * Text as SVG outlines, shaped with fontkit from the Noto Sans fonts shipped on npm (@fontsource): images the site
 * makes (the partner badges) look the same on every computer, and Thai or CJK never turn into boxes for want of a
 * font. A character no shipped font has is an error naming it, never a missing-glyph box.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'
import type { Locale } from './locales.ts'

/** The font package of each language: its own script's Noto Sans, with Latin letters and digits in the same design. */
const families: Record<Locale, string> = {
  th: '@fontsource/noto-sans-thai',
  en: '@fontsource/noto-sans',
  zh: '@fontsource/noto-sans-sc',
  ja: '@fontsource/noto-sans-jp',
  ko: '@fontsource/noto-sans-kr',
}
export type Weight = 400 | 700

interface Subset {
  name: string
  ranges: Array<[number, number]>
}
interface Family {
  dir: string
  prefix: string
  subsets: Subset[]
}

const require = createRequire(import.meta.url)
const familyCache = new Map<string, Family>()
const fontCache = new Map<string, fontkit.Font>()

function family(pkg: string): Family {
  let found = familyCache.get(pkg)
  if (found) return found
  const dir = dirname(require.resolve(`${pkg}/package.json`))
  const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>
  const subsets = Object.entries(unicode).map(([key, ranges]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: ranges.split(',').map((range) => {
      const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number]
    }),
  }))
  found = { dir, prefix: pkg.split('/')[1]!, subsets }
  familyCache.set(pkg, found)
  return found
}

/** A subset file of a family; WOFF rather than WOFF2, which fontkit decodes in a third of the time (brotli in JavaScript). */
function font(fam: Family, subset: string, weight: Weight): fontkit.Font {
  const file = join(fam.dir, 'files', `${fam.prefix}-${subset}-${weight}-normal.woff`)
  let loaded = fontCache.get(file)
  if (!loaded) fontCache.set(file, (loaded = fontkit.openSync(file) as fontkit.Font))
  return loaded
}

export interface Outline {
  /** SVG path data of the text, its baseline at y = 0 and starting at x = 0, in pixels at `size`. */
  d: string
  width: number
}

const round = (n: number) => String(Math.round(n * 10) / 10)

/** The outline of a line of text in a language's font at a pixel size. */
export function outlinedText(text: string, lang: Locale, size: number, weight: Weight = 700): Outline {
  const fam = family(families[lang])
  // Runs of characters that the same subset file holds; each run is shaped on its own (marks stay with their base).
  const runs: Array<{ subset: string; text: string }> = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    const subset = fam.subsets.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to))
    if (!subset)
      throw new Error(`outlinedText: no font in ${families[lang]} has "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) of "${text}"`)
    const last = runs.at(-1)
    if (last?.subset === subset.name) last.text += char
    else runs.push({ subset: subset.name, text: char })
  }
  let x = 0
  const parts: string[] = []
  for (const run of runs) {
    const face = font(fam, run.subset, weight)
    const scale = size / face.unitsPerEm
    const laid = face.layout(run.text)
    laid.glyphs.forEach((glyph, i) => {
      const position = laid.positions[i]!
      if (glyph.id === 0) throw new Error(`outlinedText: ${families[lang]} has no glyph for part of "${run.text}" in "${text}"`)
      const gx = x + position.xOffset * scale
      const gy = -position.yOffset * scale
      const d = glyph.path.scale(scale, -scale).translate(gx, gy).toSVG()
      if (d) parts.push(d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => round(Number(n))))
      x += position.xAdvance * scale
    })
  }
  return { d: parts.join(''), width: Math.ceil(x) }
}
