/**
 * Incremental builds. The pages of single entries (lib/entryPages.ts, nearly all of a large site) depend on their
 * props alone, so a page whose props (with the content of the media files they name) and whose code are the same as
 * in the last build is taken from that build instead of rendered again. Every other page (home, lists, search data,
 * feeds) and the sitemap are made every time; the search index writes again only the shards whose pages' indexed
 * text changed (lib/search/indexShards.ts).
 *
 * scripts/build-site.ts plans the build before Astro starts (`planBuild`), links the reused pages and the hashed
 * assets of the last build into a staging folder (`stageReused`) and hands the plan over (lib/handover.ts).
 * The entry pages' getStaticPaths leave the reused pages out (`toRender`), the sitemap lists them (`reusedUrls`),
 * and the search index (integrations/pagefind.ts) moves them into the output (`placeReused`) before it indexes.
 * Hard links: a built page is never rewritten, and the last build may be pruned while this one is live.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { EntryPage } from './entryPages.ts'
import type { IndexRecord } from './search/indexShards.ts'
import { filesUnder, inBatches } from '../../../content/files.ts'
import { buildInput } from './handover.ts'

export interface BuildPlan {
  /** The last build's output folder, where reused pages are taken from. */
  from: string
  /** Paths (`/th/glossary/x/`) of the pages to take from it. */
  reuse: string[]
  /** The hashed assets (names in `_astro/`) the reused pages refer to. */
  assets: string[]
  /** Where the reused files wait for the output: their own folder, so the search index can read them early. */
  stage: string
}

/** What a finished build leaves for the next one to plan against. */
export interface BuildRecord {
  out: string
  code: string
  /** For each page of a single entry: its key, and the hashed assets (names in `_astro/`) its HTML refers to. */
  pages: Record<string, { key: string; assets: string[] }>
  /** What the search index held (integrations/pagefind.ts), so the next build writes only the shards that changed. */
  index?: IndexRecord
}

/** A page's key: its props, with every media file they name stood for by the file's content hash. */
export function pageKey(props: unknown, mediaHashes: Map<string, string>): string {
  const json = JSON.stringify(props, (_, value: unknown) =>
    typeof value === 'string' && mediaHashes.has(value) ? `${value}#${mediaHashes.get(value)}` : value,
  )
  return createHash('sha1').update(json).digest('base64url')
}

export const pageKeys = (pages: EntryPage<unknown>[], mediaHashes: Map<string, string>): Record<string, string> =>
  Object.fromEntries(pages.map((page) => [page.path, pageKey(page.props, mediaHashes)]))

/** Content hash of every file under a folder, by path relative to it (media paths as the bundle writes them). */
export async function fileHashes(root: string): Promise<Map<string, string>> {
  const files = await filesUnder(root)
  return new Map(
    await Promise.all(
      files.map(
        async (file) =>
          [
            file,
            createHash('sha1')
              .update(await readFile(join(root, file)))
              .digest('base64url'),
          ] as const,
      ),
    ),
  )
}

/** The pages to take from the last build: same code, same key, and that build still there. */
export async function planBuild(last: BuildRecord | undefined, code: string, keys: Record<string, string>, stage: string): Promise<BuildPlan | undefined> {
  if (!last || last.code !== code || !existsSync(last.out)) return undefined
  const reuse = Object.keys(keys).filter((path) => last.pages[path]?.key === keys[path])
  const assets = [...new Set(reuse.flatMap((path) => last.pages[path]!.assets))]
  return { from: last.out, reuse, assets, stage }
}

/** The record of a finished build (`out`, before it moves to `final`): rendered pages are read for their assets. */
export async function recordBuild(
  out: string,
  final: string,
  code: string,
  keys: Record<string, string>,
  plan: BuildPlan | undefined,
  last: BuildRecord | undefined,
  index: IndexRecord | undefined,
): Promise<BuildRecord> {
  const reused = new Set(plan?.reuse)
  const pages: BuildRecord['pages'] = {}
  await inBatches(Object.keys(keys), async (path) => {
    const file = join(out, path, 'index.html')
    // A collection whose page templates are not there yet renders nothing: nothing to reuse next time either.
    if (!reused.has(path) && !existsSync(file)) return
    const assets = reused.has(path) ? last!.pages[path]!.assets : assetsOf(await readFile(file, 'utf8'))
    pages[path] = { key: keys[path]!, assets }
  })
  return { out: final, code, pages, index }
}

const assetsOf = (html: string) => [...new Set(Array.from(html.matchAll(/\/_astro\/([\w.-]+)/g), (m) => m[1]!))]

/** Links the reused pages and the assets from the last build into the staging folder. */
export async function stageReused({ from, reuse, assets, stage }: BuildPlan): Promise<void> {
  await mkdir(join(stage, '_astro'), { recursive: true })
  await inBatches(assets, (name) => linkOrCopy(join(from, '_astro', name), join(stage, '_astro', name)))
  const folders = new Set<string>()
  for (const path of reuse) folders.add(dirname(join(stage, path)))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await inBatches(reuse, async (path) => {
    await mkdir(join(stage, path))
    await linkOrCopy(join(from, path, 'index.html'), join(stage, path, 'index.html'))
  })
}

/** Moves the staged pages into the output (a page is a folder of its own), and the assets this build did not make. */
export async function placeReused({ reuse, assets, stage }: BuildPlan, out: string): Promise<void> {
  const folders = new Set(reuse.map((path) => dirname(join(out, path))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await inBatches(reuse, (path) => rename(join(stage, path), join(out, path)))
  await mkdir(join(out, '_astro'), { recursive: true })
  const made = new Set(await readdir(join(out, '_astro')))
  await inBatches(
    assets.filter((name) => !made.has(name)),
    (name) => rename(join(stage, '_astro', name), join(out, '_astro', name)),
  )
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
    await copyFile(from, to)
  }
}

/** The plan of this build, if it is incremental. */
export const buildPlan = (): BuildPlan | undefined => buildInput().plan

/** getStaticPaths of the entry pages: the pages to render (all of them unless the build is incremental). */
export function toRender<P>(pages: EntryPage<P>[]): Array<Omit<EntryPage<P>, 'path'>> {
  const reuse = new Set(buildPlan()?.reuse)
  return pages.filter((page) => !reuse.has(page.path)).map(({ params, props }) => ({ params, props }))
}

/** Absolute URLs of the reused pages, for the sitemap (which otherwise lists only what was rendered). */
export const reusedUrls = (site: string): string[] => (buildPlan()?.reuse ?? []).map((path) => new URL(path, site).href)
