/**
 * `tsx scripts/sync-snapshot.ts --dir DIR [--fresh]`: brings the public snapshot folder the local deploy builds from
 * up to date with the CMS (see cms/bundle/syncSnapshot.ts); `--fresh` exports everything again. The local deploy
 * runs it as a child process when a sync is too large to run inside the CMS without stalling the admin.
 */
import { parseArgs } from 'node:util'
import { syncSnapshot } from '../cms/bundle/syncSnapshot.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { dir: { type: 'string' }, fresh: { type: 'boolean', default: false } } })
if (!values.dir) {
  console.error('Usage: tsx scripts/sync-snapshot.ts --dir DIR [--fresh]')
  process.exit(2)
}
await withCms(async (payload) => {
  const synced = await syncSnapshot(payload, values.dir!, { fresh: values.fresh })
  console.log(`Snapshot ${values.dir}: ${synced!.written} entries written, ${synced!.removed} removed${synced!.full ? ' (full export)' : ''}.`)
})
