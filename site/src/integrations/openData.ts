/**
 * Puts the open data files in `/open-data/` when the build is done: the folder build-site staged (lib/openData/build.ts),
 * or, when Astro runs without build-site, the files made here from the public content.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { siteContent } from '../lib/content.ts'
import { buildInput } from '../lib/handover.ts'
import { openDataFiles, openDataFolder } from '../lib/openData/files.ts'
import { openDataSettings } from '../lib/openData/settings.ts'

export function openData(): AstroIntegration {
  return {
    name: 'bma:open-data',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), openDataFolder)
        const staged = buildInput().openData
        if (staged) return rename(staged.dir, target)
        await mkdir(target, { recursive: true })
        for (const file of openDataFiles(await siteContent(), openDataSettings())) await writeFile(join(target, file.name), file.body)
      },
    },
  }
}
