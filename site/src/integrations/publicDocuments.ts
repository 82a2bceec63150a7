/**
 * Copies the documents (PDFs, anything that is not an image Astro processes) that public content names to `/media/...`
 * in the built site. Only those: a document of an internal agreement, a non-public document of a public agreement, or
 * any document of a draft never reaches the output (the public content has none of them, see lib/publicContent.ts).
 */
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { siteContent } from '../lib/content.ts'
import { documentPaths } from '../lib/documents.ts'

export function publicDocuments(contentDir: string): AstroIntegration {
  return {
    name: 'bma:public-documents',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir)
        for (const path of documentPaths(await siteContent())) {
          const target = join(out, 'media', path)
          await mkdir(dirname(target), { recursive: true })
          await copyFile(join(contentDir, 'media', path), target)
        }
      },
    },
  }
}
