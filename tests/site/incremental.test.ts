/**
 * Incremental builds (site/src/lib/incremental.ts): after edits, a renamed slug, a deletion and a replaced image, a build
 * that reuses the unchanged pages of the last one is byte for byte the site a full build makes (the search index:
 * the same pages and fragments), while rendering only the pages the changes reach.
 */
import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteDifferences } from '../support/compareSites.ts'
import { buildSite, fixture, locales, tempDir } from '../support/site.ts'

let dir: string
let cleanup: () => Promise<void>
const bundle = () => join(dir, 'bundle')
const cache = () => join(dir, 'cache')

/** The fields of a bundle entry the edits below change. */
interface Editable {
  term: Record<string, string>
  definition: Record<string, string>
  cities?: string[]
}

async function edit(file: string, change: (entry: Editable) => void) {
  const path = join(bundle(), file)
  const entry = JSON.parse(await readFile(path, 'utf8')) as Editable
  change(entry)
  await writeFile(path, `${JSON.stringify(entry, null, 2)}\n`)
}

async function build(out: string, args: string[], cacheDir = cache(), env: Record<string, string> = {}) {
  const result = await buildSite(bundle(), join(dir, out), env, ['--cache-dir', cacheDir, ...args])
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir('bma-incremental-'))
  await cp(fixture, bundle(), { recursive: true })
  await build('first', ['--incremental'])
}, 180_000)
afterAll(() => cleanup())

// Each test runs two or three real site builds: minutes on a busy machine.
describe('incremental site build', { timeout: 600_000 }, () => {
  it('builds the same site as a full build, rendering only what changed', async () => {
    // A term other pages link to, retitled in Thai; a term deleted; a news item moved to another city; a gallery
    // image replaced by other pixels under the same name.
    await edit('glossary/sister-city.json', (e) => (e.term.th = `${e.term.th} (ปรับปรุง)`))
    await rm(join(bundle(), 'glossary/environment.json'))
    await edit('news/exchange-meeting-3.json', (e) => (e.cities = ['moscow']))
    await cp(join(bundle(), 'media/cities/fukuoka.jpg'), join(bundle(), 'media/cities/fukuoka-2.jpg'))
    // A renamed term: its old pages become redirects.
    await edit('glossary/city-hall.json', (e) => Object.assign(e, { slug: 'city-hall-building', previousSlugs: ['city-hall'] }))
    await rename(join(bundle(), 'glossary/city-hall.json'), join(bundle(), 'glossary/city-hall-building.json'))

    const log = await build('second', ['--incremental'])
    const [, reused, total] = /(\d+) of (\d+) entry pages reused/.exec(log) ?? []
    expect(Number(total)).toBeGreaterThan(0)
    expect(Number(reused)).toBeGreaterThan(0)
    expect(Number(reused)).toBeLessThan(Number(total))

    expect(await readFile(join(dir, 'second/en/glossary/city-hall/index.html'), 'utf8')).toContain('content="0;url=/en/glossary/city-hall-building/"')

    await build('full', [], join(dir, 'fresh-cache'))
    // Pagefind numbers pages in the order they were added (the reused ones first here), so its index files differ
    // in bytes; what it indexed does not.
    expect(await siteDifferences(join(dir, 'full'), join(dir, 'second'))).toEqual([])
  })

  it('renders everything again when the last build is gone', async () => {
    await rm(join(dir, 'second'), { recursive: true })
    const log = await build('third', ['--incremental'])
    expect(log).not.toMatch(/entry pages reused/)
  })

  it('renders everything again when the last build lost a page it would reuse', async () => {
    await rm(join(dir, 'third/ja/glossary/bangkok'), { recursive: true })
    const result = await buildSite(bundle(), join(dir, 'fourth'), {}, ['--cache-dir', cache(), '--incremental'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/Building everything: the last build .* could not give its pages/)
    expect(result.stdout).not.toMatch(/entry pages reused/)
    expect(await readFile(join(dir, 'fourth/ja/glossary/bangkok/index.html'), 'utf8')).toContain('<html lang="ja"')
  })
})

describe('incremental search index', () => {
  // Four pages a shard: the fixture's index of each language is cut into several (lib/search/indexShards.ts).
  const env = { BMA_SEARCH_SHARD_PAGES: '4' }
  /** Every shard's folder (`th`, `th/1`, ...) of a build, with the inode of its entry file. */
  const shards = async (out: string) => {
    const found = new Map<string, number>()
    for (const lang of locales) {
      const root = join(dir, out, 'pagefind', lang)
      const folders = ['', ...(await readdir(root)).filter((name) => /^\d+$/.test(name))]
      for (const folder of folders) found.set(join(lang, folder), (await stat(join(root, folder, 'pagefind-entry.json'))).ino)
    }
    return found
  }

  it('writes again only the shard of the page whose indexed text changed; the rest is the last build’s', async () => {
    await build('shards-first', [], join(dir, 'shard-cache'), env)
    const before = await shards('shards-first')
    expect(before.size).toBeGreaterThan(10)
    // The Thai definition of a term other pages link to: its five pages and theirs are rendered again, but only
    // the Thai page's indexed text changed.
    await edit('glossary/smart-city.json', (e) => (e.definition.th = `${e.definition.th} เพิ่มเติม`))
    await build('shards-second', ['--incremental'], join(dir, 'shard-cache'), env)
    const after = await shards('shards-second')
    expect([...after.keys()]).toEqual([...before.keys()])
    const written = [...after].filter(([folder, ino]) => before.get(folder) !== ino).map(([folder]) => folder)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^th\b/)

    // The same index as a full build of the same bundle: fragments (named by content) in the same shards, and the
    // same term list, which names each entry's fragment and shard.
    await build('shards-full', [], join(dir, 'shard-fresh-cache'), env)
    for (const folder of after.keys()) {
      const fragments = (out: string) => readdir(join(dir, out, 'pagefind', folder, 'fragment')).then((names) => names.sort())
      expect(await fragments('shards-second'), folder).toEqual(await fragments('shards-full'))
    }
    for (const lang of locales) {
      const terms = (out: string) => readFile(join(dir, out, lang, 'search/terms.json'), 'utf8')
      expect(await terms('shards-second')).toBe(await terms('shards-full'))
    }
  }, 300_000)
})
