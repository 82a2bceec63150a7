/**
 * CMS builds kept on the machine by the hash of their sources (scripts/lib/buildCache.ts): a checkout without a build
 * takes the one kept for its sources, never another's, keeps its own Turbopack cache, and only the newest few are kept.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepCmsBuild, restoreCmsBuild } from '../../scripts/lib/buildCache.ts'

let root: string

/** A `.next` folder as `next build` leaves it: the build, and Turbopack's cache. */
function fakeBuild(dir: string, id: string): string {
  const next = join(dir, '.next')
  mkdirSync(join(next, 'server'), { recursive: true })
  mkdirSync(join(next, 'cache', 'turbopack'), { recursive: true })
  writeFileSync(join(next, 'BUILD_ID'), id)
  writeFileSync(join(next, 'server', 'page.js'), `// ${id}`)
  writeFileSync(join(next, 'cache', 'turbopack', 'entries'), `cache of ${id}`)
  return next
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bma-build-cache-'))
  process.env.BUILD_CACHE_DIR = join(root, 'kept')
})
afterEach(() => {
  delete process.env.BUILD_CACHE_DIR
})

describe('kept CMS builds', () => {
  it('gives another checkout of the same sources the build, without the Turbopack cache of the first', async () => {
    await keepCmsBuild('hash-a', fakeBuild(join(root, 'first'), 'build-a'))
    const other = join(root, 'other', '.next')
    expect(await restoreCmsBuild('hash-a', other)).toBe(true)
    expect(readFileSync(join(other, 'BUILD_ID'), 'utf8')).toBe('build-a')
    expect(readFileSync(join(other, 'server', 'page.js'), 'utf8')).toBe('// build-a')
    expect(existsSync(join(other, 'cache'))).toBe(false)
  })

  it('has nothing for other sources, and leaves the checkout as it was', async () => {
    await keepCmsBuild('hash-a', fakeBuild(join(root, 'first'), 'build-a'))
    const next = fakeBuild(join(root, 'second'), 'build-b')
    expect(await restoreCmsBuild('hash-b', next)).toBe(false)
    expect(readFileSync(join(next, 'BUILD_ID'), 'utf8')).toBe('build-b')
  })

  it('replaces an old build but keeps the checkout’s own Turbopack cache', async () => {
    await keepCmsBuild('hash-a', fakeBuild(join(root, 'first'), 'build-a'))
    const next = fakeBuild(join(root, 'second'), 'build-old')
    expect(await restoreCmsBuild('hash-a', next)).toBe(true)
    expect(readFileSync(join(next, 'BUILD_ID'), 'utf8')).toBe('build-a')
    expect(readFileSync(join(next, 'cache', 'turbopack', 'entries'), 'utf8')).toBe('cache of build-old')
  })

  it('keeps the newest three', async () => {
    for (const hash of ['h1', 'h2', 'h3', 'h4']) {
      await keepCmsBuild(hash, fakeBuild(join(root, hash), hash))
      await new Promise((done) => setTimeout(done, 20)) // distinct folder times
    }
    expect(readdirSync(join(root, 'kept', 'cms-builds')).sort()).toEqual(['h2', 'h3', 'h4'])
  })

  it('keeps nothing with BUILD_CACHE_DIR=off', async () => {
    process.env.BUILD_CACHE_DIR = 'off'
    await keepCmsBuild('hash-a', fakeBuild(join(root, 'first'), 'build-a'))
    expect(await restoreCmsBuild('hash-a', join(root, 'other', '.next'))).toBe(false)
  })
})
