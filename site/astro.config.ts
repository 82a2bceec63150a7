/**
 * Astro configuration of the public site. The bundle to build from is named by BMA_CONTENT_DIR (set by
 * scripts/build-site.ts); media images from it are handed to Astro's image pipeline through a virtual module,
 * and public agreement documents are copied to /media/ when the build is done.
 */
import { resolve } from 'node:path'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { contentDir } from './src/lib/contentDir.ts'
import { bundleMedia } from './src/integrations/bundleMedia.ts'
import { publicDocuments } from './src/integrations/publicDocuments.ts'
import { pagefind } from './src/integrations/pagefind.ts'
import { langTag, locales } from './src/lib/locales.ts'

const dir = contentDir()

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://international.bangkok.go.th',
  output: 'static',
  trailingSlash: 'always',
  // One cached stylesheet for every page rather than the same CSS inlined into ten thousand of them.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  image: {
    // AVIF at sharp's default effort dominated build time; effort 1 costs a few percent in size for a large speed-up.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 }, webp: { effort: 3 } } },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'th', locales: Object.fromEntries(locales.map((l) => [l, langTag[l]])) },
      // The root chooser is not a language version of anything, and 404 pages are not for indexing.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404\/$/.test(page),
    }),
    publicDocuments(dir),
    pagefind(), // after every other integration: indexes the finished pages
  ],
  vite: {
    plugins: [bundleMedia(resolve(dir, 'media'))],
  },
})
