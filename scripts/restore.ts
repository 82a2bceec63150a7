/**
 * `npm run restore -- DIR`: restores a backup folder written by `npm run backup` into an empty database (the one
 * DATABASE_URL / DATA_DIR names) and its media storage. Refuses a database that holds content.
 */
import { parseArgs } from 'node:util'
import { restoreBackup } from '../cms/backup/restore.ts'
import { withCms } from './lib/cms.ts'

const { positionals } = parseArgs({ allowPositionals: true })
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- DIR   (a bma-backup-... folder written by npm run backup)')
  process.exit(2)
}
await withCms(async (payload) => {
  const { manifest, summary } = await restoreBackup(payload, positionals[0]!)
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${summary.created} entries and ${summary.media} media files. ` +
      'User accounts are not part of a backup: the first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD.',
  )
})
