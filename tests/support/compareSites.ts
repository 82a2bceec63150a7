/**
 * Two builds of the same content compared as a reader would: every file byte for byte, except Pagefind's index
 * files, whose bytes depend on the order pages were added; those are compared by what they hold (the same
 * fragments, named by their content, and the same page counts per language).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { diffTrees } from './diffTrees.ts'
import { locales } from './site.ts'

const pagefindIndexFile = / pagefind\/\w+\/(index|filter|pagefind\.|pagefind-entry\.json)/

async function pageCounts(dist: string): Promise<number[][]> {
  return Promise.all(
    locales.map(async (lang) => {
      const entry = JSON.parse(await readFile(join(dist, `pagefind/${lang}/pagefind-entry.json`), 'utf8')) as {
        languages: Record<string, { page_count: number }>
      }
      return Object.values(entry.languages).map((l) => l.page_count)
    }),
  )
}

/** The differences between two built sites, empty when a reader could not tell them apart. */
export async function siteDifferences(a: string, b: string): Promise<string[]> {
  const differences = (await diffTrees(a, b)).filter((d) => !pagefindIndexFile.test(d))
  const [left, right] = await Promise.all([pageCounts(a), pageCounts(b)])
  if (JSON.stringify(left) !== JSON.stringify(right)) differences.push(`search page counts differ: ${JSON.stringify(left)} and ${JSON.stringify(right)}`)
  return differences
}
