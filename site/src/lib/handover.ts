/**
 * What scripts/build-site.ts works out from the checked bundle before Astro starts and hands to the build, in one
 * file named by BMA_BUILD_INPUT: the redirects of renamed slugs (lib/redirects.ts), the staged open data files
 * (lib/openData/build.ts) and, for an incremental build, its plan (lib/incremental.ts). Without it (Astro run on its
 * own) the build is a full one with no redirects, and makes the open data itself.
 */
import { readFileSync } from 'node:fs'
import type { BuildPlan } from './incremental.ts'
import type { StagedOpenData } from './openData/build.ts'

export interface BuildInput {
  redirects: Record<string, string>
  plan?: BuildPlan
  openData?: StagedOpenData
}

let input: BuildInput | undefined

export function buildInput(): BuildInput {
  return (input ??= process.env.BMA_BUILD_INPUT ? (JSON.parse(readFileSync(process.env.BMA_BUILD_INPUT, 'utf8')) as BuildInput) : { redirects: {} })
}
