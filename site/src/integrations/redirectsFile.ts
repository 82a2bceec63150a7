/**
 * Writes Netlify's `_redirects` for renamed slugs (lib/redirects.ts) when the build is done: a real 301 from each old
 * URL on Netlify, where Astro's forwarding page serves any other static host.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { netlifyRedirects } from '../lib/redirects.ts'

export function redirectsFile(redirects: Record<string, string>): AstroIntegration {
  return {
    name: 'bma:redirects-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (Object.keys(redirects).length > 0) await writeFile(join(fileURLToPath(dir), '_redirects'), netlifyRedirects(redirects))
      },
    },
  }
}
