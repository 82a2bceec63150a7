/** Files on disk under a folder of a bundle or a build: media files to hash or copy, built pages to index, in batches. */
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under `root`, as paths relative to it; none when the folder does not exist. */
export async function filesUnder(root: string): Promise<string[]> {
  if (!existsSync(root)) return []
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)))
}

/** Thousands of small file operations, a few hundred at a time. */
export async function inBatches<T>(items: T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 256) await Promise.all(items.slice(i, i + 256).map(each))
}
