/**
 * What a build depends on, found by following the imports from its entry points rather than from a hand-kept list of
 * files: every project file a CMS or site build can reach (and the lockfile), hashed by content, so a build is reused
 * exactly when nothing it compiles changed — whatever the files' times say after a checkout.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { filesUnder } from '../../content/files.ts'

const repo = resolve(import.meta.dirname, '../..')
/** Import specifiers that name another project file: relative paths, and the CMS's `@payload-config` alias. */
const aliases: Record<string, string> = { '@payload-config': resolve(repo, 'cms/payload.config.ts') }
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bexport\s+\*\s+from\s*)['"]([^'"]+)['"]/g
const sourceFile = /\.(ts|tsx|js|mjs|astro|css|scss|json)$/

/** The project files reachable by imports from the entries (files or folders, all of whose files are entries). */
export async function reachableFiles(entries: string[]): Promise<string[]> {
  const seen = new Set<string>()
  const queue: string[] = []
  for (const entry of entries.map((e) => resolve(repo, e))) {
    if (!existsSync(entry)) continue
    const files = sourceFile.test(entry) ? [entry] : (await filesUnder(entry)).filter((f) => sourceFile.test(f)).map((f) => resolve(entry, f))
    queue.push(...files)
  }
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file) || !existsSync(file) || file.includes('/node_modules/')) continue
    seen.add(file)
    if (file.endsWith('.json')) continue
    const text = await readFile(file, 'utf8')
    for (const [, specifier] of text.matchAll(importPattern)) {
      const target = aliases[specifier!] ?? (specifier!.startsWith('.') ? resolve(dirname(file), specifier!) : undefined)
      if (target) queue.push(target)
    }
  }
  return [...seen].sort()
}

/** A hash of the content of every file the entries reach, of the lockfile, and of anything else given. */
export async function sourceHash(entries: string[], extra: string[] = []): Promise<string> {
  const hash = createHash('sha256')
  for (const file of [...(await reachableFiles(entries)), resolve(repo, 'package-lock.json')]) {
    hash
      .update(`${relative(repo, file)}\0`)
      .update(await readFile(file))
      .update('\0')
  }
  for (const value of extra) hash.update(`${value}\0`)
  return hash.digest('base64url')
}
