/**
 * Incremental builds (site/src/lib/incremental.ts): after edits to every kind of entry (terms, cities, news,
 * organisations, agreements, activities), a renamed slug, deletions, a replaced image and a replaced document, a
 * build that reuses the unchanged pages of the last one is byte for byte the site a full build makes (the search
 * index: the same pages and fragments), while rendering only the pages the changes reach; and the open data files are
 * rewritten only when the public content they hold changed.
 */
import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionName, EntryOf } from '../../content/schema/index.ts'
import { siteDifferences } from '../support/compareSites.ts'
import { buildSite, fixture, locales, tempDir } from '../support/site.ts'

let dir: string
let cleanup: () => Promise<void>
const bundle = () => join(dir, 'bundle')
const cache = () => join(dir, 'cache')

/** Changes an entry of the bundle, typed as its collection's entries are. */
async function edit<C extends CollectionName>(collection: C, slug: string, change: (entry: EntryOf<C>) => void) {
  const path = join(bundle(), collection, `${slug}.json`)
  const entry = JSON.parse(await readFile(path, 'utf8')) as EntryOf<C>
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
    await edit('glossary', 'sister-city', (e) => (e.term.th = `${e.term.th} (ปรับปรุง)`))
    await rm(join(bundle(), 'glossary/environment.json'))
    await edit('news', 'exchange-meeting-3', (e) => (e.cities = ['moscow']))
    await cp(join(bundle(), 'media/cities/fukuoka.jpg'), join(bundle(), 'media/cities/fukuoka-2.jpg'))
    // An organisation renamed in Thai (its partners' agreement and activity pages show the name); an agreement
    // terminated (its partners' profiles show the state) and one made office-only (it leaves every page); an
    // activity moved to another year and one deleted; a signed text replaced by another file under the same name.
    await edit('organizations', 'citynet', (e) => (e.name.th = `${e.name.th} (ปรับปรุง)`))
    await edit('agreements', 'fukuoka-youth-letter', (e) => (e.status = 'terminated'))
    await edit('agreements', 'citynet-training-mou', (e) => (e.visibility = 'office'))
    await edit('activities', 'citynet-congress-2022', (e) => Object.assign(e, { start: '2021-10-05', end: '2021-10-08' }))
    await rm(join(bundle(), 'activities/moscow-culture-week.json'))
    await cp(join(bundle(), 'media/documents/citynet-mou.pdf'), join(bundle(), 'media/documents/fukuoka-agreement-th.pdf'))
    // A renamed term: its old pages become redirects.
    await edit('glossary', 'city-hall', (e) => Object.assign(e, { slug: 'city-hall-building', previousSlugs: ['city-hall'] }))
    await rename(join(bundle(), 'glossary/city-hall.json'), join(bundle(), 'glossary/city-hall-building.json'))

    const log = await build('second', ['--incremental'])
    const [, reused, total] = /(\d+) of (\d+) entry pages reused/.exec(log) ?? []
    expect(Number(total)).toBeGreaterThan(0)
    expect(Number(reused)).toBeGreaterThan(0)
    expect(Number(reused)).toBeLessThan(Number(total))

    expect(await readFile(join(dir, 'second/en/glossary/city-hall/index.html'), 'utf8')).toContain('content="0;url=/en/glossary/city-hall-building/"')
    // The edits reached the pages that show them (a full build would make the same, compared below).
    expect(await readFile(join(dir, 'second/th/agreements/environment-network/index.html'), 'utf8')).toContain('ซิตี้เน็ต (ปรับปรุง)')
    expect(await readFile(join(dir, 'second/en/cities/fukuoka/index.html'), 'utf8')).toMatch(/fukuoka-youth-letter\/.*?Terminated/s)
    expect(await readFile(join(dir, 'second/en/organizations/citynet/index.html'), 'utf8')).not.toContain('citynet-training-mou')
    expect(await readFile(join(dir, 'second/en/cities/moscow/index.html'), 'utf8')).not.toContain('moscow-culture-week')

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

  it('rewrites an open data file only when the public content it holds changed', async () => {
    const files = ['glossary.csv', 'partners.csv', 'agreements.csv', 'activities.csv', 'glossary.json', 'glossary.tbx', 'datapackage.json', 'catalog.jsonld']
    const inodes = async (out: string) =>
      Object.fromEntries(await Promise.all(files.map(async (f) => [f, (await stat(join(dir, out, 'open-data', f))).ino] as const)))
    // A news item and a staff-only note change: no open data file holds either.
    await edit('news', 'exchange-meeting-4', (e) => (e.title.en = `${e.title.en} (updated)`))
    await edit('glossary', 'sister-city', (e) => (e.internalNote = 'A new note for editors'))
    await build('fifth', ['--incremental'])
    expect(await inodes('fifth')).toEqual(await inodes('fourth'))
    // A term's English definition: the glossary's files, and the two that describe every file, are new.
    await edit('glossary', 'bangkok', (e) => (e.definition.en = `${e.definition.en} Updated.`))
    await build('sixth', ['--incremental'])
    const [before, after] = [await inodes('fifth'), await inodes('sixth')]
    expect(files.filter((f) => before[f] !== after[f])).toEqual(['glossary.csv', 'glossary.json', 'glossary.tbx', 'datapackage.json', 'catalog.jsonld'])
    expect(await readFile(join(dir, 'sixth/open-data/glossary.csv'), 'utf8')).toContain('Updated.')
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
    await edit('glossary', 'smart-city', (e) => (e.definition.th = `${e.definition.th} เพิ่มเติม`))
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
