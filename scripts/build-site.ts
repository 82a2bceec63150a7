/**
 * `npm run build:site -- --content <dir> --out <dir>`: builds the public static site from a content bundle.
 * The bundle is checked first; a rejected bundle lists every problem and leaves an existing out dir untouched.
 * Astro builds into a private work folder under site/.build/ (its prerender chunks must resolve node_modules),
 * the result moves to a temporary folder beside --out, and only a finished build is renamed into place.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BundleError, readBundle } from '../content/bundle.ts'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    quiet: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    /** Astro's cache (content store, optimized images); reused across builds of the same bundle unless set. */
    'cache-dir': { type: 'string' },
  },
})
const contentDir = resolve(values.content)
const outDir = resolve(values.out)
const siteRoot = fileURLToPath(new URL('../site/', import.meta.url))

try {
  const bundle = await readBundle(contentDir)
  if (!values.quiet) console.log(`${values.content}: ${bundle.glossary.length} glossary terms, ${bundle.cities.length} cities, ${bundle.news.length} news items`)
} catch (error) {
  if (!(error instanceof BundleError)) throw error
  console.error(error.message)
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
const cacheDir = resolve(values['cache-dir'] ?? process.env.BMA_SITE_CACHE ?? join(siteRoot, '.build', 'cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12)))
const started = performance.now()
try {
  // Astro keeps its prerender chunks beside the output only when the output is inside the working directory;
  // a private working directory keeps parallel builds apart.
  process.chdir(work)
  const { build } = await import('astro')
  await build({ root: siteRoot, outDir: join(work, 'out'), cacheDir: cacheDir, logLevel: values.quiet ? 'error' : values.verbose ? 'info' : 'warn' })
  await rm(join(work, 'out', '.prerender'), { recursive: true, force: true })
  await move(join(work, 'out'), join(staging, 'out'))
  if (existsSync(outDir)) await rename(outDir, join(staging, 'previous'))
  await rename(join(staging, 'out'), outDir)
  console.log(`Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
} finally {
  process.chdir(siteRoot)
  await rm(work, { recursive: true, force: true })
  await rm(staging, { recursive: true, force: true })
}
// Astro's build leaves timers and worker handles behind that keep the process alive for seconds.
process.exit(process.exitCode ?? 0)

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
