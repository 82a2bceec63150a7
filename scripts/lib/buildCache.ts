/**
 * CMS builds kept beside the checkouts of a machine, by the hash of the sources they were built from
 * (./sourceHash.ts): a fresh clone, another worktree or a CI job with the same sources takes the build in seconds
 * instead of running `next build` (over a minute). BUILD_CACHE_DIR says where (default ~/.cache/bma-international);
 * `off` keeps no builds. Turbopack's own cache (`.next/cache`) stays with each checkout: it only speeds up builds.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

const keep = 3

function cacheRoot(): string | undefined {
  const setting = process.env.BUILD_CACHE_DIR
  if (setting === 'off') return undefined
  return join(setting ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'bma-international'), 'cms-builds')
}

/** What of a build is the build: everything but Turbopack's cache. */
const partOfBuild = (source: string) => !/[/\\]\.next[/\\]cache([/\\]|$)/.test(source)

/** Puts the kept build of these sources into `nextDir` (keeping its Turbopack cache); false when none is kept. */
export async function restoreCmsBuild(hash: string, nextDir: string): Promise<boolean> {
  const root = cacheRoot()
  const kept = root && join(root, hash)
  if (!kept || !existsSync(join(kept, 'BUILD_ID'))) return false
  const staging = `${nextDir}.restoring`
  await rm(staging, { recursive: true, force: true })
  await cp(kept, staging, { recursive: true })
  if (existsSync(join(nextDir, 'cache'))) await rename(join(nextDir, 'cache'), join(staging, 'cache'))
  await rm(nextDir, { recursive: true, force: true })
  await rename(staging, nextDir)
  const now = new Date()
  await utimes(kept, now, now) // the builds kept are the ones used last
  return true
}

/** Keeps a finished build of these sources for other checkouts, and only the newest few. */
export async function keepCmsBuild(hash: string, nextDir: string): Promise<void> {
  const root = cacheRoot()
  if (!root || existsSync(join(root, hash))) return
  await mkdir(root, { recursive: true })
  const staging = join(root, `.${hash}-${process.pid}`)
  await cp(nextDir, staging, { recursive: true, filter: partOfBuild })
  // Renamed into place once complete: a reader never sees half a build; another process may have won the race.
  await rename(staging, join(root, hash)).catch(() => rm(staging, { recursive: true, force: true }))
  const builds = await Promise.all(
    (await readdir(root)).filter((name) => !name.startsWith('.')).map(async (name) => ({ name, time: (await stat(join(root, name))).mtimeMs })),
  )
  for (const { name } of builds.sort((a, b) => b.time - a.time).slice(keep)) await rm(join(root, name), { recursive: true, force: true })
}
