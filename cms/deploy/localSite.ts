/**
 * The public site on a machine without Netlify: the published snapshot is exported, the site is built into a fresh
 * folder under .data/site/builds/, and the `live` symbolic link is swapped to it atomically (rename). A failed
 * build throws and leaves the live site as it was. Export and build run as child processes: exporting thousands of
 * entries in the CMS's own process would stall the admin for seconds.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { dataDir } from '../paths.ts'

export const siteDir = () => resolve(dataDir(), 'site')
export const liveDir = () => join(siteDir(), 'live')
const keepBuilds = 2

/** The command that builds the site from a bundle; it is given `--content DIR --out DIR`. */
const buildCommand = () => (process.env.SITE_BUILD_COMMAND ?? 'node_modules/.bin/tsx scripts/build-site.ts --quiet').split(' ')
/** The command that exports the published snapshot (the same database, from DATABASE_URL / DATA_DIR); given `--out DIR`. */
const exportCommand = ['node_modules/.bin/tsx', 'scripts/export-content.ts']

export async function rebuildLocalSite(): Promise<{ dir: string }> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const snapshot = join(siteDir(), 'snapshots', stamp)
  const build = join(siteDir(), 'builds', stamp)
  await mkdir(join(siteDir(), 'builds'), { recursive: true })
  try {
    await runStep('The snapshot export', exportCommand[0]!, [...exportCommand.slice(1), '--out', snapshot])
    const [command, ...args] = buildCommand()
    // A cache shared by every local build keeps Astro's optimized images: only new or changed images are encoded.
    await runStep('The site build', command!, [...args, '--content', snapshot, '--out', build, '--cache-dir', join(siteDir(), 'cache')])
  } finally {
    await rm(snapshot, { recursive: true, force: true })
  }
  const link = join(siteDir(), `.live-${stamp}`)
  await symlink(build, link)
  await rename(link, liveDir())
  await pruneBuilds(build)
  return { dir: build }
}

function runStep(step: string, command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${step} failed (exit ${code}):\n${stderr.trim()}`))))
  })
}

async function pruneBuilds(current: string): Promise<void> {
  const builds = join(siteDir(), 'builds')
  const old = (await readdir(builds)).sort().map((name) => join(builds, name)).filter((dir) => dir !== current)
  for (const dir of old.slice(0, Math.max(0, old.length - (keepBuilds - 1)))) await rm(dir, { recursive: true, force: true })
}
