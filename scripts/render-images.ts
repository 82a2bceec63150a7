/**
 * `npm run content:images`: renders the cover image of every city, organisation and news entry of the seed bundle
 * (scripts/lib/coverImages.ts) and writes its alternative text into the entry.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { serializeEntry } from '../content/bundle.ts'
import { coverAlt, coverSvg } from './lib/coverImages.ts'

const contentDir = 'content'
let total = 0
let count = 0
for (const collection of ['cities', 'organizations', 'news'] as const) {
  const out = join(contentDir, 'media', collection)
  await mkdir(out, { recursive: true })
  for (const name of (await readdir(join(contentDir, collection))).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(contentDir, collection, name)
    const data = JSON.parse(await readFile(file, 'utf8'))
    const image = `${collection}/${data.slug}.jpg`
    const info = await sharp(Buffer.from(coverSvg(data.slug)))
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(join(contentDir, 'media', image))
    total += info.size
    count += 1
    // The entry names this picture and describes it (an entry whose image an editor replaced keeps its own text).
    if (data.image === undefined || data.image === image) {
      data.image = image
      data.imageAlt = coverAlt(collection === 'news' ? data.title : data.name)
      await writeFile(file, serializeEntry(collection, data))
    }
  }
}
console.log(`${count} images, ${(total / 1024 / 1024).toFixed(2)} MB in ${join(contentDir, 'media')}`)
