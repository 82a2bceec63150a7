/**
 * `npm run build` (what Netlify runs): the public site from the CMS's published content. The snapshot comes from the
 * CMS's public API when CMS_URL is set (no credentials needed: it is public data), else from the database when
 * DATABASE_URL is set; with neither, the site is built from the content/ bundle in the repository.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleCounts } from '../content/bundle.ts'
import { exportPublicSnapshotOverHttp } from '../cms/bundle/exportBundle.ts'
import { richTextConverter } from '../cms/bundle/richText.ts'
import { run } from './lib/cmsServer.ts'

const out = process.env.SITE_OUT_DIR ?? 'dist'
const tsx = resolve('node_modules/.bin/tsx')
let content = process.env.CONTENT_DIR ?? 'content'
let snapshot: string | undefined
if (process.env.CMS_URL || process.env.DATABASE_URL) {
  snapshot = await mkdtemp(join(tmpdir(), 'bma-snapshot-'))
  content = snapshot
  if (process.env.CMS_URL) {
    const { default: config } = await import('../cms/payload.config.ts')
    const bundle = await exportPublicSnapshotOverHttp(process.env.CMS_URL, snapshot, await richTextConverter(await config))
    console.log(`Snapshot from ${process.env.CMS_URL}: ${bundleCounts(bundle)}.`)
  } else {
    await run(tsx, ['scripts/export-content.ts', '--out', snapshot])
  }
} else {
  console.log(`Neither CMS_URL nor DATABASE_URL is set: building from the ${content}/ bundle.`)
}
try {
  await run(process.execPath, ['scripts/build-site.ts', '--content', content, '--out', out])
} finally {
  if (snapshot) await rm(snapshot, { recursive: true, force: true })
}
