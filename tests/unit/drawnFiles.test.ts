/**
 * Files a build draws once (lib/drawnFiles.ts): drawn the first time, taken from the cache while the code and the
 * input are the same, and pruned after a build that did not use them.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const cacheDir = mkdtempSync(join(tmpdir(), 'bma-drawn-'))
const inputFile = join(cacheDir, 'input.json')
writeFileSync(inputFile, JSON.stringify({ redirects: {}, cacheDir, code: 'code-1' }))
process.env.BMA_BUILD_INPUT = inputFile
const { drawnFile, pruneDrawnFiles } = await import('../../site/src/lib/drawnFiles.ts')

describe('drawn files', () => {
  it('are drawn once per input, then read from the cache', async () => {
    let draws = 0
    const draw = (text: string) => () => {
      draws++
      return `<svg>${text}</svg>`
    }
    expect(await drawnFile('badge', { lang: 'ko', text: '서울' }, draw('서울'))).toBe('<svg>서울</svg>')
    expect(await drawnFile('badge', { lang: 'ko', text: '서울' }, draw('other'))).toBe('<svg>서울</svg>')
    expect(draws).toBe(1)
    expect(await drawnFile('badge', { lang: 'ko', text: '부산' }, draw('부산'))).toBe('<svg>부산</svg>')
    expect(await drawnFile('qr', { lang: 'ko', text: '서울' }, draw('qr'))).toBe('<svg>qr</svg>')
    expect(draws).toBe(3)
  })

  it('after a build, keep only what it used', async () => {
    const folder = join(cacheDir, 'drawn')
    const old = new Date(Date.now() - 60_000)
    for (const name of readdirSync(folder)) await utimes(join(folder, name), old, old)
    const since = new Date(Date.now() - 1000)
    await drawnFile('badge', { lang: 'ko', text: '서울' }, () => 'redrawn')
    await pruneDrawnFiles(cacheDir, since)
    expect(readdirSync(folder)).toHaveLength(1)
    expect(await drawnFile('badge', { lang: 'ko', text: '서울' }, () => 'redrawn')).toBe('<svg>서울</svg>')
  })
})
