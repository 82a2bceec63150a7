/**
 * Restores a backup (see backup.ts) into an empty CMS: the bundle is checked whole and imported all or nothing
 * (importBundle). A database that already holds content is refused, so a restore never mixes two states.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { collections } from '../../content/schema/index.ts'
import { importBundle, type ImportSummary } from '../bundle/importBundle.ts'
import { manifestFile, type BackupManifest } from './backup.ts'

export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

export async function restoreBackup(payload: Payload, dir: string): Promise<{ manifest: BackupManifest; summary: ImportSummary }> {
  if (!existsSync(join(dir, manifestFile)))
    throw new RestoreRefused(`${dir} is not a backup: it has no ${manifestFile}. Give the dated folder that \`npm run backup\` wrote (bma-backup-...).`)
  const manifest = JSON.parse(await readFile(join(dir, manifestFile), 'utf8')) as BackupManifest
  if (manifest.format !== 'bma-backup-1') throw new RestoreRefused(`${join(dir, manifestFile)}: unknown backup format "${String(manifest.format)}".`)
  const held = []
  for (const collection of [...collections, 'media'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) held.push(`${totalDocs} ${collection}`)
  }
  if (held.length > 0)
    throw new RestoreRefused(
      `The database is not empty (it holds ${held.join(', ')}): a backup is restored only into an empty one. ` +
        'Point DATABASE_URL (or DATA_DIR) at a new database and run the restore again. Nothing was changed.',
    )
  return { manifest, summary: await importBundle(payload, dir) }
}
