/**
 * The public site as served on a developer machine: each rebuild goes into a fresh folder under .data/site/builds/,
 * and `live` is a symbolic link swapped atomically (rename) once a build has finished. A failed build leaves the
 * live site as it was.
 */
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'
import { dataDir } from '../../cms/paths.ts'
import { run } from './cmsServer.ts'

export const siteDir = () => resolve(dataDir(), 'site')
export const liveDir = () => join(siteDir(), 'live')
const keepBuilds = 2

/** Exports the published snapshot from the CMS database and builds the site from it, then swaps it in. */
export async function rebuildLiveSite(env: Record<string, string> = {}): Promise<{ dir: string; seconds: number }> {
  const started = performance.now()
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const snapshot = join(siteDir(), 'snapshots', stamp)
  const build = join(siteDir(), 'builds', stamp)
  const tsx = resolve('node_modules/.bin/tsx')
  try {
    await run(tsx, ['scripts/export-content.ts', '--out', snapshot], env)
    await run(tsx, ['scripts/build-site.ts', '--content', snapshot, '--out', build, '--quiet'], env)
  } finally {
    await rm(snapshot, { recursive: true, force: true })
  }
  const link = join(siteDir(), `.live-${stamp}`)
  await symlink(build, link)
  await rename(link, liveDir())
  await pruneBuilds(build)
  return { dir: build, seconds: (performance.now() - started) / 1000 }
}

async function pruneBuilds(current: string): Promise<void> {
  const builds = join(siteDir(), 'builds')
  const old = (await readdir(builds)).sort().map((name) => join(builds, name)).filter((dir) => dir !== current)
  for (const dir of old.slice(0, Math.max(0, old.length - (keepBuilds - 1)))) await rm(dir, { recursive: true, force: true })
}

/** Serves whatever `live` points at, on 127.0.0.1, with the per-language 404 pages. */
export async function serveLiveSite(port: number): Promise<Server> {
  await mkdir(siteDir(), { recursive: true })
  // dev mode: files are looked up on every request, so a swapped `live` link is served at once.
  const files = sirv(liveDir(), { dev: true, etag: true })
  const server = createServer((req, res) => {
    files(req, res, () => {
      const lang = /^\/(th|en|zh|ja|ko)\//.exec(req.url ?? '')?.[1]
      const page = lang ? join(liveDir(), lang, '404', 'index.html') : join(liveDir(), '404.html')
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      if (existsSync(page)) createReadStream(page).pipe(res)
      else res.end('Not found')
    })
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return server
}
