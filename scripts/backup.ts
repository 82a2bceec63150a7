/**
 * `npm run backup -- --out DIR`: a dated, complete backup of the CMS's content under DIR (see cms/backup/): every
 * document with drafts and internal data, and the media files, read as the database was at one instant. Prints
 * the folder; exits non-zero, leaving nothing behind, when it fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeBackup } from '../cms/backup/backup.ts'
import { copySqliteSnapshot } from '../cms/backup/snapshot.ts'
import { isMongoUrl } from '../cms/database.ts'
import { sqliteFile } from '../cms/paths.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
if (!values.out) {
  console.error('Usage: npm run backup -- --out DIR')
  process.exit(2)
}
const out = resolve(values.out)

// SQLite: the backup reads a copy of the database taken at one instant, while editors go on writing to the original.
let snapshotDir: string | undefined
if (!isMongoUrl(process.env.DATABASE_URL)) {
  const live = process.env.DATABASE_URL ? process.env.DATABASE_URL.slice('file:'.length) : sqliteFile()
  if (!existsSync(live)) {
    console.error(`No database at ${live}: set DATABASE_URL (or DATA_DIR) to the CMS's database.`)
    process.exit(1)
  }
  snapshotDir = mkdtempSync(join(tmpdir(), 'bma-backup-db-'))
  copySqliteSnapshot(live, join(snapshotDir, 'cms.db'))
  process.env.DATABASE_URL = `file:${join(snapshotDir, 'cms.db')}`
}
process.on('exit', () => snapshotDir && rmSync(snapshotDir, { recursive: true, force: true }))

await withCms(async (payload) => {
  const { dir, manifest } = await writeBackup(payload, out)
  const counts = Object.entries(manifest.counts).map(([what, count]) => `${count} ${what}`)
  console.log(`Backup written to ${dir}: ${counts.join(', ')} (includes internal data: keep it private).`)
  if (!manifest.pointInTime) console.warn('MongoDB is not a replica set: documents were read one after another, not from one instant. Use a replica set.')
})
