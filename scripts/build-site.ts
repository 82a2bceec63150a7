/**
 * `npm run build:site -- --content <dir> --out <dir> [--incremental]`: builds the public static site from a content
 * bundle. The bundle is checked first; a rejected bundle lists every problem and leaves an existing out dir untouched.
 * `--incremental` takes the pages of unchanged entries from the last build made with the same cache folder instead
 * of rendering them again (site/src/lib/incremental.ts); the result is the same site.
 * Astro builds into a private work folder under site/.build/ (its prerender chunks must resolve node_modules),
 * the result moves to a temporary folder beside --out, and only a finished build is renamed into place.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BundleError, bundleCounts, readBundle, type Bundle } from '../content/bundle.ts'
import { entryPages } from '../site/src/lib/entryPages.ts'
import type { BuildInput } from '../site/src/lib/handover.ts'
import { pruneDrawnFiles } from '../site/src/lib/drawnFiles.ts'
import { fileHashes, pageKeys, planBuild, recordBuild, stageReused, type BuildRecord } from '../site/src/lib/incremental.ts'
import { stageOpenData } from '../site/src/lib/openData/build.ts'
import { openDataFiles } from '../site/src/lib/openData/files.ts'
import { openDataSettings, SettingsError, type OpenDataSettings } from '../site/src/lib/openData/settings.ts'
import { publicContent } from '../site/src/lib/publicContent.ts'
import { slugRedirects } from '../site/src/lib/redirects.ts'
import { sourceHash } from './lib/sourceHash.ts'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    quiet: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    /** Astro's cache (optimized images) and the record of the last build (for --incremental); reused across builds of the same bundle unless set. */
    'cache-dir': { type: 'string' },
  },
})
const contentDir = resolve(values.content)
const outDir = resolve(values.out)
const siteRoot = fileURLToPath(new URL('../site/', import.meta.url))

let bundle: Bundle
let settings: OpenDataSettings
try {
  settings = openDataSettings()
  bundle = await readBundle(contentDir)
  if (!values.quiet) console.log(`${values.content}: ${bundleCounts(bundle)}`)
} catch (error) {
  if (!(error instanceof BundleError || error instanceof SettingsError)) throw error
  console.error((error as Error).message)
  process.exit(1)
}

process.env.BMA_CONTENT_DIR = contentDir
process.env.ASTRO_TELEMETRY_DISABLED = '1'
// A production build whatever the caller's environment (a test runner sets NODE_ENV=test).
Object.assign(process.env, { NODE_ENV: 'production' })
await mkdir(join(siteRoot, '.build'), { recursive: true })
const work = await mkdtemp(join(siteRoot, '.build', 'run-'))
await mkdir(dirname(outDir), { recursive: true })
const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.build-`))
const cacheDir = resolve(
  values['cache-dir'] ?? process.env.BMA_SITE_CACHE ?? join(siteRoot, '.build', 'cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12)),
)
const started = performance.now()
const startedAt = new Date()
const lastBuildFile = join(cacheDir, 'last-build.json')
const code = await codeVersion()
const content = publicContent(bundle)
const keys = pageKeys(entryPages(content), await fileHashes(join(contentDir, 'media')))
const last = await readRecord(lastBuildFile)
const plan = values.incremental ? await stagedPlan() : undefined
// Open data: only an incremental build takes unchanged files from the last build.
const openData = await stageOpenData(openDataFiles(content, settings), join(work, 'open-data'), plan?.from)
const indexRecordFile = join(work, 'search-index.json')
const input: BuildInput = { redirects: slugRedirects(content), plan, lastIndex: plan && last?.index, indexRecordFile, openData, cacheDir, code }
process.env.BMA_BUILD_INPUT = join(work, 'input.json')
await writeFile(process.env.BMA_BUILD_INPUT, JSON.stringify(input))

/** The incremental plan with its pages staged; none (a full build) when the last build cannot give them. */
async function stagedPlan() {
  const planned = await planBuild(last, code, keys, join(work, 'reused'))
  if (!planned) return undefined
  try {
    await stageReused(planned)
    return planned
  } catch (error) {
    // A last build that lost files (cleaned up by hand, a full disk) must not stop every later build.
    console.warn(`Building everything: the last build (${planned.from}) could not give its pages: ${(error as Error).message}`)
    await rm(planned.stage, { recursive: true, force: true })
    return undefined
  }
}
try {
  // Astro keeps its prerender chunks beside the output only when the output is inside the working directory;
  // a private working directory keeps parallel builds apart.
  process.chdir(work)
  const { build } = await import('astro')
  await build({ root: siteRoot, outDir: join(work, 'out'), cacheDir: cacheDir, logLevel: values.quiet ? 'error' : values.verbose ? 'info' : 'warn' })
  await rm(join(work, 'out', '.prerender'), { recursive: true, force: true })
  const index = existsSync(indexRecordFile) ? (JSON.parse(await readFile(indexRecordFile, 'utf8')) as BuildRecord['index']) : undefined
  const record = await recordBuild(join(work, 'out'), outDir, code, keys, plan, last, index)
  await move(join(work, 'out'), join(staging, 'out'))
  if (existsSync(outDir)) await rename(outDir, join(staging, 'previous'))
  await rename(join(staging, 'out'), outDir)
  await mkdir(cacheDir, { recursive: true })
  await writeFile(lastBuildFile, JSON.stringify(record))
  await pruneDrawnFiles(cacheDir, startedAt)
  const reused = plan ? `, ${plan.reuse.length} of ${Object.keys(keys).length} entry pages reused` : ''
  console.log(`Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}`)
} finally {
  process.chdir(siteRoot)
  await rm(work, { recursive: true, force: true })
  await rm(staging, { recursive: true, force: true })
}
// Astro's build leaves timers and worker handles behind that keep the process alive for seconds.
process.exit(process.exitCode ?? 0)

/** What the built pages depend on besides the content: the site's code and all it imports, its configuration, the site URL. */
function codeVersion(): Promise<string> {
  return sourceHash(['site/src', 'site/astro.config.ts', 'site/tsconfig.json'], [process.env.SITE_URL ?? ''])
}

async function readRecord(file: string): Promise<BuildRecord | undefined> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as BuildRecord) : undefined
}

/** Rename, or copy and delete across file systems. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}
