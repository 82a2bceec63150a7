/**
 * Files a build draws that depend on little (a partner's badge, the QR code of an address) and cost much to draw
 * (text outlined from fonts, a QR code's modules), kept between builds: each is stored under the build's cache by a
 * hash of the site's code and what it is drawn from, and drawn again only when either changed. scripts/build-site.ts
 * removes, after a build, the drawings it did not use (`pruneDrawnFiles`): each use marks its file.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildInput } from './handover.ts'

const folder = (cacheDir: string) => join(cacheDir, 'drawn')

/** The drawing of `input` by `draw`, from the cache when this code drew it before. */
export async function drawnFile(kind: string, input: unknown, draw: () => string | Promise<string>): Promise<string> {
  const { cacheDir, code } = buildInput()
  if (!cacheDir || !code) return draw()
  const file = join(folder(cacheDir), `${kind}-${createHash('sha1').update(code).update(JSON.stringify(input)).digest('base64url')}`)
  if (existsSync(file)) {
    const now = new Date()
    await utimes(file, now, now)
    return readFile(file, 'utf8')
  }
  const drawn = await draw()
  await mkdir(folder(cacheDir), { recursive: true })
  await writeFile(file, drawn)
  return drawn
}

/** Removes the drawings no page of the build that began at `since` used. */
export async function pruneDrawnFiles(cacheDir: string, since: Date): Promise<void> {
  if (!existsSync(folder(cacheDir))) return
  for (const name of await readdir(folder(cacheDir))) {
    const file = join(folder(cacheDir), name)
    if ((await stat(file)).mtime < since) await rm(file, { force: true })
  }
}
