/** `npm run content:images`: renders the calm abstract cover image of every city, organisation and news entry (content/media/{cities,organizations,news}/{slug}.jpg) from an SVG made here, so no image is ever downloaded. */
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'

const contentDir = 'content'
const width = 1600
const height = 900

interface Entry {
  slug: string
  label: string
  text: string
}

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

function latinOnly(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\u0020-\u007e\u00a0-\u024f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .trim()
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,.;:-]+$/, '')}...`
    return kept
  }
  return lines
}

function svgFor({ slug, label, text }: Entry): string {
  const random = sequence(hash(slug))
  const hue = hash(slug) % 360
  const hue2 = hue + 25 + random() * 50
  const dark = hsl(hue, 38, 24)
  const mid = hsl(hue2, 34, 36)
  const soft = hsl(hue2 + 20, 45, 70)

  const circles = Array.from({ length: 5 }, () => {
    const r = 120 + random() * 320
    const cx = 700 + random() * 1000
    const cy = random() * height
    return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="${soft}" fill-opacity="${(0.05 + random() * 0.08).toFixed(2)}"/>`
  }).join('')

  const waves = Array.from({ length: 3 }, (_, i) => {
    const y = 560 + i * 70 + random() * 40
    const a = 30 + random() * 50
    const shift = random() * 400
    return `<path d="M0 ${y.toFixed(0)} C ${(400 + shift).toFixed(0)} ${(y - a).toFixed(0)}, ${(900 - shift / 2).toFixed(0)} ${(y + a).toFixed(0)}, ${width} ${(y - a / 2).toFixed(0)} L ${width} ${height} L 0 ${height} Z" fill="${soft}" fill-opacity="${(0.06 + i * 0.03).toFixed(2)}"/>`
  }).join('')

  const clean = latinOnly(text) || slug
  const big = clean.length <= 26
  const fontSize = big ? 96 : clean.length <= 60 ? 68 : 56
  const lines = wrap(clean, big ? 26 : fontSize === 68 ? 30 : 38, 4)
  const lineHeight = fontSize * 1.18
  const firstBaseline = 470 - ((lines.length - 1) * lineHeight) / 2
  const title = lines
    .map(
      (line, i) =>
        `<text x="120" y="${(firstBaseline + i * lineHeight).toFixed(0)}" font-family="sans-serif" font-size="${fontSize}" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('')

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>
${circles}${waves}
<rect x="120" y="${(firstBaseline - fontSize - 70).toFixed(0)}" width="96" height="6" rx="3" fill="${soft}"/>
<text x="120" y="${(firstBaseline - fontSize - 90).toFixed(0)}" font-family="sans-serif" font-size="28" letter-spacing="6" fill="#ffffff" fill-opacity="0.8">${escapeXml(label)}</text>
${title}
<text x="120" y="${height - 70}" font-family="sans-serif" font-size="26" letter-spacing="3" fill="#ffffff" fill-opacity="0.7">BANGKOK METROPOLITAN ADMINISTRATION - INTERNATIONAL AFFAIRS OFFICE</text>
</svg>`
}

type Collection = 'cities' | 'organizations' | 'news'

/** The small capitals above the title: the city's relationship, the organisation's kind, or the news date. */
function labelOf(collection: Collection, data: { relationship?: string; kind?: string; date?: string }): string {
  if (collection === 'news') return `NEWS - ${String(data.date).slice(0, 10)}`
  return String((collection === 'cities' ? data.relationship : data.kind) ?? 'partner')
    .replace(/-/g, ' ')
    .toUpperCase()
}

async function entries(collection: Collection): Promise<Entry[]> {
  const folder = join(contentDir, collection)
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()
  const list: Entry[] = []
  for (const name of names) {
    const data = JSON.parse(await readFile(join(folder, name), 'utf8'))
    list.push({ slug: data.slug, label: labelOf(collection, data), text: (collection === 'news' ? data.title?.en : data.name?.en) ?? data.slug })
  }
  return list
}

let total = 0
let count = 0
for (const collection of ['cities', 'organizations', 'news'] as const) {
  const out = join(contentDir, 'media', collection)
  await mkdir(out, { recursive: true })
  for (const entry of await entries(collection)) {
    const info = await sharp(Buffer.from(svgFor(entry)))
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(join(out, `${entry.slug}.jpg`))
    total += info.size
    count += 1
  }
}
console.log(`${count} images, ${(total / 1024 / 1024).toFixed(2)} MB in ${join(contentDir, 'media')}`)
