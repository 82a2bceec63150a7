/**
 * On SQLite each write of the CMS is all or nothing to anyone else reading the database file (a backup's snapshot,
 * a deploy's export in another process): an entry being saved never shows without its texts. Writes of one process
 * that overlap — many saves at once, a save during a bulk import — all complete.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import { locales } from '../../content/schema/index.ts'
import { cmsBundle, openTestCms } from '../support/localCms.ts'

let payload: Payload
let database = ''

beforeAll(async () => {
  const opened = await openTestCms()
  payload = opened.payload
  database = join(opened.dataDir, 'cms.db')
})

describe('writes on SQLite', { timeout: 300_000 }, () => {
  it('never show another reader an entry without its texts, while it is saved again and again', async () => {
    const entry = await payload.create({ collection: 'glossary', locale: 'th', data: { slug: 'watched', term: 'คำ', definition: paragraph('นิยาม') } })
    for (const locale of locales.filter((l) => l !== 'th')) {
      await payload.update({ collection: 'glossary', id: entry.id, locale, data: { term: `term ${locale}`, definition: paragraph(`definition ${locale}`) } })
    }
    const stopFile = join(mkdtempSync(join(tmpdir(), 'bma-watch-')), 'stop')
    const watcher = promisify(execFile)(process.execPath, [join(import.meta.dirname, '../support/sqliteWatcher.mjs'), database, stopFile, String(entry.id)])
    for (let i = 0; i < 60; i++) {
      await payload.update({ collection: 'glossary', id: entry.id, locale: 'th', data: { term: `คำ ${i}` } })
      await payload.create({ collection: 'glossary', locale: 'th', data: { slug: `busy-${i}`, term: `คำ ${i}`, definition: paragraph('นิยาม') } })
    }
    writeFileSync(stopFile, '')
    const { fewest, bareSeen, reads } = JSON.parse((await watcher).stdout) as { fewest: number; bareSeen: number; reads: number }
    expect(reads).toBeGreaterThan(100)
    expect(fewest).toBe(locales.length)
    expect(bareSeen).toBe(0)
  })

  it('complete when they overlap: many saves at once, and saves during a bulk import', async () => {
    const saves = Array.from({ length: 20 }, (_, i) =>
      payload.create({ collection: 'glossary', locale: 'th', data: { slug: `together-${i}`, term: `พร้อมกัน ${i}`, definition: paragraph('นิยาม') } }),
    )
    const importing = importBundle(payload, cmsBundle)
    const during = payload.create({ collection: 'glossary', locale: 'th', data: { slug: 'during-import', term: 'ระหว่างนำเข้า', definition: paragraph('นิยาม') } })
    const results = await Promise.allSettled([...saves, importing, during])
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const { totalDocs } = await payload.count({ collection: 'glossary', where: { slug: { in: ['during-import', ...saves.map((_, i) => `together-${i}`)] } } })
    expect(totalDocs).toBe(21)
  })
})
