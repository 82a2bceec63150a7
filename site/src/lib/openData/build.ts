/**
 * The open data in a build. scripts/build-site.ts makes the files from the checked bundle before Astro starts and
 * stages them (`stageOpenData`): a file whose bytes equal the last build's is a hard link to it, so an incremental
 * build rewrites only the files whose public content changed. The landing pages read the files' summaries from the
 * handover, and the integration moves the staged folder into the output (integrations/openData.ts).
 */
import { existsSync } from 'node:fs'
import { link, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { siteContent } from '../content.ts'
import { buildInput } from '../handover.ts'
import { openDataFiles, openDataFolder, summarize, type FileSummary, type OpenDataFile } from './files.ts'
import { openDataSettings } from './settings.ts'

/** What build-site hands over: where the staged files are, and what each is. */
export interface StagedOpenData {
  dir: string
  files: FileSummary[]
  /** The files taken unchanged from the last build. */
  kept: string[]
}

export async function stageOpenData(files: OpenDataFile[], dir: string, lastOut: string | undefined): Promise<StagedOpenData> {
  await mkdir(dir, { recursive: true })
  const kept: string[] = []
  for (const file of files) {
    const previous = lastOut && join(lastOut, openDataFolder, file.name)
    const bytes = Buffer.from(file.body)
    if (previous && existsSync(previous) && (await stat(previous)).size === bytes.length && bytes.equals(await readFile(previous))) {
      try {
        await link(previous, join(dir, file.name))
        kept.push(file.name)
        continue
      } catch {
        // Another file system: write it.
      }
    }
    await writeFile(join(dir, file.name), bytes)
  }
  return { dir, files: files.map(summarize), kept }
}

/** The open data files of this build, described: from the handover, or made here when Astro runs without build-site. */
export async function openDataSummaries(): Promise<FileSummary[]> {
  return buildInput().openData?.files ?? openDataFiles(await siteContent(), openDataSettings()).map(summarize)
}
