/** The incremental build's plan (site/src/lib/incremental.ts): which pages a build may take from the last one. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageKey, planBuild, type BuildRecord } from '../../site/src/lib/incremental.ts'

const last = (out: string, code = 'code-1'): BuildRecord => ({
  out,
  code,
  pages: { '/th/glossary/a/': { key: 'k-a', assets: ['site.css'] }, '/th/glossary/b/': { key: 'k-b', assets: ['site.css', 'b.webp'] } },
})

describe('planBuild', () => {
  const out = mkdtempSync(join(tmpdir(), 'bma-last-build-'))
  it('reuses the pages whose key is unchanged, with the assets they refer to', async () => {
    const plan = await planBuild(last(out), 'code-1', { '/th/glossary/a/': 'k-a', '/th/glossary/b/': 'changed', '/th/glossary/c/': 'new' }, '/stage')
    expect(plan).toEqual({ from: out, reuse: ['/th/glossary/a/'], assets: ['site.css'], stage: '/stage' })
  })
  it('builds everything when the code changed, the last build is gone, or there is none', async () => {
    expect(await planBuild(last(out), 'code-2', { '/th/glossary/a/': 'k-a' }, '/stage')).toBeUndefined()
    expect(await planBuild(last(join(out, 'gone')), 'code-1', { '/th/glossary/a/': 'k-a' }, '/stage')).toBeUndefined()
    expect(await planBuild(undefined, 'code-1', {}, '/stage')).toBeUndefined()
  })
})

describe('pageKey', () => {
  it('changes with the props and with the content of every media file they name', () => {
    const props = { entry: { slug: 'x', image: 'cities/x.jpg' } }
    const before = pageKey(props, new Map([['cities/x.jpg', 'hash-1']]))
    expect(pageKey(props, new Map([['cities/x.jpg', 'hash-1']]))).toBe(before)
    expect(pageKey(props, new Map([['cities/x.jpg', 'hash-2']]))).not.toBe(before)
    expect(pageKey({ entry: { slug: 'y', image: 'cities/x.jpg' } }, new Map([['cities/x.jpg', 'hash-1']]))).not.toBe(before)
  })
})
