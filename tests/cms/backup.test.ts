/**
 * `npm run backup` and `npm run restore` as an operator runs them (the real commands on real SQLite files): a
 * backup is the full bundle byte for byte, dated and complete; restored into an empty database and backed up
 * again it is the same; a database holding content is refused and left alone; a backup taken while an editor
 * keeps publishing completes and is a valid bundle.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { readBundle } from '../../content/bundle.ts'
import { diffTrees } from '../support/diffTrees.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

const valid = cmsBundle
let payload: Payload
let source: string

async function cli(script: string, args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ADMIN_PASSWORD: 'Correct-horse-42-battery' }
  delete env.DATABASE_URL
  return promisify(execFile)('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
}
const backups = (dir: string) => readdirSync(dir).map((name) => join(dir, name))
const withoutManifest = (differences: string[]) => differences.filter((d) => !d.endsWith('backup.json'))

beforeAll(async () => {
  ;({ payload, dataDir: source } = await openTestCms())
  await importBundle(payload, valid)
})

// Each test runs the real commands (a Payload start each, seconds apiece on a busy machine).
describe('backup and restore', { timeout: 600_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'bma-backups-'))
  const target = mkdtempSync(join(tmpdir(), 'bma-restored-'))
  let first = ''

  it('writes one dated folder: the full bundle with drafts, internal data and media, and a manifest', async () => {
    const run = await cli('backup', ['--out', out], source)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    ;[first] = backups(out)
    expect(first).toMatch(/bma-backup-\d{4}-\d\d-\d\dT\d{6}Z$/)
    expect(run.stdout).toContain(first)
    expect(withoutManifest(await diffTrees(valid, first!))).toEqual([])
    expect(JSON.parse(readFileSync(join(first!, 'backup.json'), 'utf8'))).toMatchObject({
      format: 'bma-backup-1',
      database: 'sqlite',
      storage: 'local',
      pointInTime: true,
      counts: { glossary: 3, cities: 1, news: 1, organizations: 0, agreements: 0, activities: 0, domains: 1, media: 4 },
    })
  })

  it('restores into an empty database, and a backup of that is the same', async () => {
    const run = await cli('restore', [first], target)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Restored the backup of .*: 6 entries and 4 media files/)
    const again = mkdtempSync(join(tmpdir(), 'bma-backups-again-'))
    expect((await cli('backup', ['--out', again], target)).code).toBe(0)
    expect(withoutManifest(await diffTrees(first, backups(again)[0]!))).toEqual([])
  })

  it('refuses a database that holds content, says why, and changes nothing', async () => {
    const run = await cli('restore', [first], target)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/The database is not empty \(it holds 3 glossary, 1 cities, 1 news, 1 domains, 4 media\).*Nothing was changed\./)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const again = mkdtempSync(join(tmpdir(), 'bma-backups-again-'))
    await cli('backup', ['--out', again], target)
    expect(withoutManifest(await diffTrees(first, backups(again)[0]!))).toEqual([])
  })

  it('refuses a folder that is not a backup', async () => {
    const run = await cli('restore', [valid], mkdtempSync(join(tmpdir(), 'bma-restored-')))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/is not a backup: it has no backup\.json/)
  })

  it('completes while an editor keeps publishing, and the backup is a valid bundle', async () => {
    const busy = mkdtempSync(join(tmpdir(), 'bma-backups-busy-'))
    let writing = true
    let written = 0
    const editor = (async () => {
      while (writing) {
        await payload.create({
          collection: 'glossary',
          locale: 'th',
          data: { slug: `busy-${written}`, term: `คำ ${written}`, definition: paragraph('นิยาม'), _status: 'published' },
        })
        written++
        // An editor pauses between saves (and the test must hear the backup finish).
        await new Promise((done) => setTimeout(done, 20))
      }
    })()
    const run = await cli('backup', ['--out', busy], source)
    writing = false
    await editor
    expect(run.code, run.stderr).toBe(0)
    expect(written).toBeGreaterThan(0)
    const bundle = await readBundle(backups(busy)[0]!)
    const slugs = bundle.glossary.map((entry) => entry.slug)
    expect(slugs).toEqual(expect.arrayContaining(['sister-city', 'friendship-city', 'unpublished-term']))
    // Terms were made one after another: the backup holds the first n of them, with no gap.
    const busyTerms = slugs.filter((slug) => slug.startsWith('busy-')).map((slug) => Number(slug.slice(5)))
    expect(busyTerms.sort((x, y) => x - y)).toEqual(busyTerms.map((_, i) => i))
  })
})
