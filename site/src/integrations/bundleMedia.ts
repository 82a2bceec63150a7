/**
 * Vite plugin exposing the bundle's images as `virtual:bundle-media`: a map from media path
 * (`cities/fukuoka.jpg`) to a lazy import, so Astro's image pipeline (sharp) processes them like any imported image.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin } from 'vite'

const id = 'virtual:bundle-media'
const resolvedId = `\0${id}`
const imageExtensions = /\.(jpe?g|png|webp|avif)$/i

export function bundleMedia(mediaDir: string): Plugin {
  return {
    name: 'bma:bundle-media',
    resolveId(source) {
      if (source === id) return resolvedId
    },
    load(loadId) {
      if (loadId !== resolvedId) return
      const files = existsSync(mediaDir)
        ? readdirSync(mediaDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() && imageExtensions.test(entry.name))
            .map((entry) => join(entry.parentPath, entry.name))
        : []
      const lines = files.map((file) => `  ${JSON.stringify(relative(mediaDir, file).split('\\').join('/'))}: () => import(${JSON.stringify(file)}),`)
      return `export const images = {\n${lines.join('\n')}\n}\n`
    },
  }
}
