/** Compares two folders file by file: the list of differences, empty when they are byte-identical. */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

async function files(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort()
}

export async function diffTrees(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([files(a), files(b)])
  const differences = [
    ...left.filter((f) => !right.includes(f)).map((f) => `only in first: ${f}`),
    ...right.filter((f) => !left.includes(f)).map((f) => `only in second: ${f}`),
  ]
  for (const file of left.filter((f) => right.includes(f))) {
    const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))])
    if (!x.equals(y)) differences.push(`differs: ${file}`)
  }
  return differences
}
