/**
 * A backup is a dated folder holding the full content bundle (drafts, internal fields and internal documents
 * included) with its media files, and `backup.json` saying when and from what it was taken. It is written under
 * a hidden name and renamed when complete, so a folder with a date is always a whole backup. A media file removed
 * while the backup runs (an editor replaced or deleted it) fails the backup, which leaves nothing behind.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { collections } from '../../content/schema/index.ts'
import { exportBundle } from '../bundle/exportBundle.ts'
import { withSnapshotReads } from './snapshot.ts'

export const manifestFile = 'backup.json'

export interface BackupManifest {
  format: 'bma-backup-1'
  createdAt: string
  database: string
  storage: 'local' | 's3'
  /** True when every document was read from one instant of the database. */
  pointInTime: boolean
  /** Entries per collection, and media files. */
  counts: Record<string, number>
}

/** `bma-backup-2026-12-01T093012Z`: sorts by time, no characters a file system or shell minds. */
export const backupName = (at: Date) => `bma-backup-${at.toISOString().slice(0, 19).replaceAll(':', '')}Z`

export async function writeBackup(payload: Payload, outDir: string, at = new Date()): Promise<{ dir: string; manifest: BackupManifest }> {
  const dir = join(outDir, backupName(at))
  const partial = join(outDir, `.partial-${backupName(at)}-${process.pid}`)
  await mkdir(outDir, { recursive: true })
  await rm(partial, { recursive: true, force: true })
  try {
    const { result: bundle, pointInTime } = await withSnapshotReads(payload, (req) => exportBundle(payload, partial, { includeInternal: true, req }))
    const media = (await readdir(join(partial, 'media'), { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile())
    const manifest: BackupManifest = {
      format: 'bma-backup-1',
      createdAt: at.toISOString(),
      database: payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite',
      storage: payload.collections.media.config.upload.handlers?.length ? 's3' : 'local',
      pointInTime,
      counts: { ...Object.fromEntries(collections.map((c) => [c, bundle[c].length])), media: media.length },
    }
    await writeFile(join(partial, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(partial, dir)
    return { dir, manifest }
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  }
}
