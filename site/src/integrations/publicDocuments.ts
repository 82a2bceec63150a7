/**
 * Copies the documents (PDF) of public agreements of published cities to `/media/...` in the built site.
 * Only those: a document attached to an internal agreement or a draft city never reaches the output.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { toPublic } from '../../../content/bundle.ts'
import { registry } from '../../../content/schema/index.ts'
import { documentPaths } from '../lib/documents.ts'

export function publicDocuments(contentDir: string): AstroIntegration {
  return {
    name: 'bma:public-documents',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const citiesDir = join(contentDir, 'cities')
        if (!existsSync(citiesDir)) return
        const out = fileURLToPath(dir)
        for (const name of await readdir(citiesDir)) {
          if (!name.endsWith('.json')) continue
          const entry = registry.cities.schema.parse(JSON.parse(await readFile(join(citiesDir, name), 'utf8')))
          if (entry.status === 'draft') continue
          for (const path of documentPaths(toPublic('cities', entry))) {
            const target = join(out, 'media', path)
            await mkdir(dirname(target), { recursive: true })
            await copyFile(join(contentDir, 'media', path), target)
          }
        }
      },
    },
  }
}
