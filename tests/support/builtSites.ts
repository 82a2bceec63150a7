/**
 * Vitest global setup of the suites that read built sites: the fixture bundle and the seed bundle (content/) are
 * built once per run and shared, read-only, by every suite that asks for them with `inject('fixtureSite')` /
 * `inject('seedSite')`. The site and browser projects both use this setup; the second finds the builds the first
 * made in the same run (same main process).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite, fixture, repo } from './site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string
    seedSite: string
  }
}

const runDir = join(tmpdir(), `bma-test-sites-${process.pid}`)

async function built(name: string, bundle: string): Promise<string> {
  const dist = join(runDir, name, 'dist')
  if (existsSync(join(runDir, name, 'done'))) return dist
  mkdirSync(join(runDir, name), { recursive: true })
  const result = await buildSite(bundle, dist, { BMA_SITE_CACHE: join(runDir, name, 'cache') })
  if (result.code !== 0) throw new Error(`The ${name} site did not build (${result.code}):\n${result.stdout}\n${result.stderr}`)
  writeFileSync(join(runDir, name, 'done'), '')
  return dist
}

export default async function setup(project: TestProject): Promise<() => void> {
  const [fixtureSite, seedSite] = await Promise.all([built('fixture', fixture), built('seed', join(repo, 'content'))])
  project.provide('fixtureSite', fixtureSite)
  project.provide('seedSite', seedSite)
  return () => rmSync(runDir, { recursive: true, force: true })
}
