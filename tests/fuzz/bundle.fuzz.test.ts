/**
 * Property tests over the bundle importer (fast-check), against a real CMS (Local API, SQLite): a valid bundle with
 * one entry replaced by random or hostile JSON is either imported whole or rejected whole with a BundleError that
 * names the file, never with another error, never half-imported; and no staff-only value reaches a public snapshot.
 */
import fc from 'fast-check'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { BundleError } from '../../content/bundle.ts'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

let payload: Payload
const valid = cmsBundle
const runs = Number(process.env.FUZZ_RUNS ?? 25)
const files = ['glossary/sister-city.json', 'cities/fukuoka.json', 'news/delegation-visit.json']

async function backup(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bma-fuzz-backup-'))
  const bundle = await exportBundle(payload, out, { includeInternal: true })
  await rm(out, { recursive: true })
  return JSON.stringify(bundle)
}

beforeAll(async () => {
  ;({ payload } = await openTestCms())
  await importBundle(payload, valid)
})

/** A random change somewhere in an entry: a value replaced, a key added, or the whole entry. */
function mutate(entry: unknown, path: number[], value: unknown, key: string): unknown {
  if (path.length === 0 || entry === null || typeof entry !== 'object') return value
  const keys = Object.keys(entry)
  if (keys.length === 0) return { [key]: value }
  const chosen = keys[path[0]! % keys.length]!
  const copy = Array.isArray(entry) ? [...entry] : { ...(entry as Record<string, unknown>) }
  ;(copy as Record<string, unknown>)[chosen] = mutate((entry as Record<string, unknown>)[chosen], path.slice(1), value, key)
  return copy
}

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'a'.repeat(3000),
    '../../../etc/passwd',
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    '2026-13-45',
    'not-a-date',
    'XX',
    null,
    [],
    {},
  ),
)

describe('the bundle importer under random input', () => {
  it('imports whole or rejects whole with the file named, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(fc.nat(20), { maxLength: 4 }),
        hostileValue,
        fc.constantFrom('slug', 'term', 'status', 'internalNote', '__proto__', 'constructor', 'th', 'de'),
        async (file, path, value, key) => {
          const dir = join(await mkdtemp(join(tmpdir(), 'bma-fuzz-')), 'content')
          await cp(valid, dir, { recursive: true })
          const entry = JSON.parse(await readFile(join(dir, file), 'utf8'))
          await writeFile(join(dir, file), JSON.stringify(mutate(entry, path, value, key)))
          const before = await backup()
          try {
            await importBundle(payload, dir)
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(BundleError)
            expect((error as BundleError).problems.length).toBeGreaterThan(0)
            expect(await backup()).toBe(before)
          } finally {
            await rm(join(dir, '..'), { recursive: true, force: true })
            await importBundle(payload, valid)
          }
        },
      ),
      { numRuns: runs },
    )
  })

  it('a file that is not JSON at all is rejected whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.string({ maxLength: 200 }), async (file, text) => {
        fc.pre(
          (() => {
            try {
              JSON.parse(text)
              return false
            } catch {
              return true
            }
          })(),
        )
        const dir = join(await mkdtemp(join(tmpdir(), 'bma-fuzz-')), 'content')
        await cp(valid, dir, { recursive: true })
        await writeFile(join(dir, file), text)
        const before = await backup()
        await expect(importBundle(payload, dir)).rejects.toBeInstanceOf(BundleError)
        expect(await backup()).toBe(before)
        await rm(join(dir, '..'), { recursive: true, force: true })
      }),
      { numRuns: runs },
    )
  })

  it('staff-only values never reach the public snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 4, maxLength: 40 }).filter((s) => /^[A-Za-z0-9 ]+$/.test(s) && s.trim().length >= 4),
        async (note) => {
          const marker = `SECRET ${note}`
          const dir = join(await mkdtemp(join(tmpdir(), 'bma-fuzz-')), 'content')
          await cp(valid, dir, { recursive: true })
          const file = join(dir, 'glossary/sister-city.json')
          await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), internalNote: marker }))
          await importBundle(payload, dir)
          const out = await mkdtemp(join(tmpdir(), 'bma-fuzz-public-'))
          const snapshot = await exportBundle(payload, out)
          expect(JSON.stringify(snapshot)).not.toContain(marker)
          await rm(out, { recursive: true })
          await rm(join(dir, '..'), { recursive: true, force: true })
        },
      ),
      { numRuns: 5 },
    )
    await importBundle(payload, valid)
  })
})
