/**
 * Incremental builds (site/src/lib/incremental.ts): after edits, a renamed slug, a deletion and a replaced image, a build
 * that reuses the unchanged pages of the last one is byte for byte the site a full build makes (the search index:
 * the same pages and fragments), while rendering only the pages the changes reach.
 */
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffTrees } from '../support/diffTrees.ts'
import { buildSite, fixture, locales, tempDir } from '../support/site.ts'

let dir: string
let cleanup: () => Promise<void>
const bundle = () => join(dir, 'bundle')
const cache = () => join(dir, 'cache')

async function edit(file: string, change: (entry: any) => void) {
  const path = join(bundle(), file)
  const entry = JSON.parse(await readFile(path, 'utf8'))
  change(entry)
  await writeFile(path, `${JSON.stringify(entry, null, 2)}\n`)
}

async function build(out: string, args: string[], cacheDir = cache()) {
  const result = await buildSite(bundle(), join(dir, out), {}, ['--cache-dir', cacheDir, ...args])
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir('bma-incremental-'))
  await cp(fixture, bundle(), { recursive: true })
  await build('first', ['--incremental'])
}, 180_000)
afterAll(() => cleanup())

describe('incremental site build', () => {
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
    // in bytes; what it indexed does not: the same fragments (named by content) and pages per language.
    const differences = await diffTrees(join(dir, 'full'), join(dir, 'second'))
    expect(differences.filter((d) => !/ pagefind\/\w+\/(index|filter|pagefind\.|pagefind-entry\.json)/.test(d))).toEqual([])
    const counts = async (out: string) =>
      Promise.all(
        locales.map(async (lang) => {
          const { languages } = JSON.parse(await readFile(join(dir, out, `pagefind/${lang}/pagefind-entry.json`), 'utf8')) as {
            languages: Record<string, { page_count: number }>
          }
          return Object.values(languages).map((l) => l.page_count)
        }),
      )
    expect(await counts('second')).toEqual(await counts('full'))
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
