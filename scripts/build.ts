/**
 * `npm run build` (what Netlify runs): the public site from the CMS's published content. With DATABASE_URL set, the
 * public snapshot is exported from that database first; without it, the site is built from the content/ bundle in
 * the repository (content as code).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { run } from './lib/cmsServer.ts'

const out = process.env.SITE_OUT_DIR ?? 'dist'
const tsx = resolve('node_modules/.bin/tsx')
let content = process.env.CONTENT_DIR ?? 'content'
let snapshot: string | undefined
if (process.env.DATABASE_URL) {
  snapshot = await mkdtemp(join(tmpdir(), 'bma-snapshot-'))
  await run(tsx, ['scripts/export-content.ts', '--out', snapshot])
  content = snapshot
} else {
  console.log(`DATABASE_URL is not set: building from the ${content}/ bundle.`)
}
try {
  await run(tsx, ['scripts/build-site.ts', '--content', content, '--out', out])
} finally {
  if (snapshot) await rm(snapshot, { recursive: true, force: true })
}
