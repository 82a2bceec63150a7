/**
 * What scripts/build-site.ts works out from the checked bundle before Astro starts and hands to the build, in one
 * file named by BMA_BUILD_INPUT: the redirects of renamed slugs (lib/redirects.ts), the staged open data files
 * (lib/openData/build.ts) and, for an incremental build, its plan (lib/incremental.ts) and the last build's search
 * index record (lib/search/indexShards.ts); and where the search index leaves its own record. Without it (Astro run
 * on its own) the build is a full one with no redirects, and makes the open data itself.
 */
import { readFileSync } from 'node:fs'
import type { BuildPlan } from './incremental.ts'
import type { StagedOpenData } from './openData/build.ts'
import type { IndexRecord } from './search/indexShards.ts'

export interface BuildInput {
  redirects: Record<string, string>
  plan?: BuildPlan
  /** The search index of the build the plan reuses pages from (`plan.from`). */
  lastIndex?: IndexRecord
  /** Where the search index writes the record of this build's index. */
  indexRecordFile?: string
  openData?: StagedOpenData
  /** The build's cache folder and the hash of the site's code, for the files drawn once (lib/drawnFiles.ts). */
  cacheDir?: string
  code?: string
}

let input: BuildInput | undefined

export function buildInput(): BuildInput {
  return (input ??= process.env.BMA_BUILD_INPUT ? (JSON.parse(readFileSync(process.env.BMA_BUILD_INPUT, 'utf8')) as BuildInput) : { redirects: {} })
}
