/**
 * The public site on a machine without Netlify: the published snapshot under .data/site/snapshot/ is brought up to
 * date with the CMS (only what changed since the last deploy, see syncSnapshot), the site is built from it into a
 * fresh folder under .data/site/builds/, and the `live` symbolic link is swapped to it atomically (rename). A failed
 * build throws and leaves the live site as it was.
 *
 * The first deploy of a CMS process exports and builds everything again (the code or the database may have changed
 * since the last one); later ones sync only what changed and build incrementally (site/src/lib/incremental.ts).
 * A sync of many entries runs as a child process, as does every site build: converting thousands of entries in the
 * CMS's own process would stall the admin for seconds.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Payload } from 'payload'
import { syncSnapshot } from '../bundle/syncSnapshot.ts'
import { dataDir } from '../paths.ts'

export const siteDir = () => resolve(dataDir(), 'site')
export const liveDir = () => join(siteDir(), 'live')
const snapshotDir = () => join(siteDir(), 'snapshot')
const keepBuilds = 2
/** Entries a sync may rewrite inside the CMS process (a few hundred milliseconds of conversion). */
const inProcessWrites = 100

/**
 * The command that builds the site from a bundle; it is given `--content DIR --out DIR`. Node runs the build's
 * TypeScript itself (type stripping; the code keeps to erasable syntax), without tsx's loader on every import.
 */
const buildCommand = () => process.env.SITE_BUILD_COMMAND?.split(' ') ?? [process.execPath, 'scripts/build-site.ts', '--quiet']
/** The command that syncs the snapshot (the same database, from DATABASE_URL / DATA_DIR); given `--dir DIR`. */
const syncCommand = ['node_modules/.bin/tsx', 'scripts/sync-snapshot.ts']
let syncedBefore = false

export async function rebuildLocalSite(payload: Payload): Promise<{ dir: string }> {
  const snapshot = snapshotDir()
  const first = !syncedBefore
  let started = performance.now()
  const synced = !first && (await syncSnapshot(payload, snapshot, { maxWrites: inProcessWrites }))
  if (!synced) await runStep('The snapshot export', syncCommand[0]!, [...syncCommand.slice(1), '--dir', snapshot, ...(first ? ['--fresh'] : [])])
  syncedBefore = true
  const syncMs = performance.now() - started
  started = performance.now()
  const dir = await buildLive(snapshot, { incremental: !first })
  const what = synced ? `${synced.written} entries rewritten, ${synced.removed} removed` : first ? 'full export' : 'export in a child process'
  payload.logger.info(
    `Snapshot synced in ${Math.round(syncMs)} ms (${what}); site built in ${Math.round(performance.now() - started)} ms${first ? ' (full build)' : ''}.`,
  )
  return { dir }
}

/**
 * The site built straight from a bundle and made live, with no CMS running: what `npm start` does on a new database
 * while the CMS seeds itself from that same bundle (the site is the same either way). `signal` stops the build.
 */
export const buildLocalSiteFrom = (bundleDir: string, { signal }: { signal?: AbortSignal } = {}): Promise<string> =>
  buildLive(resolve(bundleDir), { incremental: false, signal })

/** Builds the site from a bundle into a fresh folder and swaps the `live` link to it; the folder is returned. */
async function buildLive(content: string, { incremental, signal }: { incremental: boolean; signal?: AbortSignal }): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const build = join(siteDir(), 'builds', stamp)
  await mkdir(join(siteDir(), 'builds'), { recursive: true })
  const [command, ...args] = buildCommand()
  // A cache shared by every local build keeps Astro's optimized images, and later builds of the
  // process render only the pages of changed entries; the first is whole, so assets no page uses do not pile up.
  const cache = join(siteDir(), 'cache')
  await runStep(
    'The site build',
    command!,
    [...args, '--content', content, '--out', build, '--cache-dir', cache, ...(incremental ? ['--incremental'] : [])],
    signal,
  )
  const link = join(siteDir(), `.live-${stamp}`)
  await symlink(build, link)
  await rename(link, liveDir())
  await pruneBuilds(build)
  return build
}

/** Runs a step in a child process; an aborted `signal` ends it and whatever it started (Pagefind, say). */
function runStep(step: string, command: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: signal !== undefined })
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    signal?.addEventListener('abort', stop, { once: true })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    child.on('error', fail)
    child.on('exit', (code) => {
      signal?.removeEventListener('abort', stop)
      if (code === 0) done()
      else fail(new Error(signal?.aborted ? `${step} was stopped` : `${step} failed (exit ${code}):\n${stderr.trim()}`))
    })
  })
}

async function pruneBuilds(current: string): Promise<void> {
  const builds = join(siteDir(), 'builds')
  const old = (await readdir(builds))
    .sort()
    .map((name) => join(builds, name))
    .filter((dir) => dir !== current)
  for (const dir of old.slice(0, Math.max(0, old.length - (keepBuilds - 1)))) await rm(dir, { recursive: true, force: true })
}
