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
import { openData } from './src/integrations/openData.ts'
import { publicDocuments } from './src/integrations/publicDocuments.ts'
import { pagefind } from './src/integrations/pagefind.ts'
import { reusedUrls } from './src/lib/incremental.ts'
import { buildInput } from './src/lib/handover.ts'
import { redirectsFile } from './src/integrations/redirectsFile.ts'
import { assertStringsComplete } from './src/lib/i18n.ts'
import { langTag, locales } from './src/lib/locales.ts'
import { inLanguage } from './src/lib/urls.ts'

assertStringsComplete()
const dir = contentDir()
const site = process.env.SITE_URL ?? 'https://international.bangkok.go.th'
const { redirects } = buildInput()

const alternates = (url: string) =>
  locales.map((lang) => ({ url: new URL(inLanguage(new URL(url).pathname, lang), url).href, lang: langTag[lang] })).sort((a, b) => (a.url < b.url ? -1 : 1))

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // One cached stylesheet for every page rather than the same CSS inlined into ten thousand of them.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Renamed slugs (lib/redirects.ts): a forwarding page at each old URL, and a 301 on Netlify (redirectsFile below).
  redirects,
  image: {
    // AVIF at sharp's default effort dominated build time; effort 1 costs a few percent in size for a large speed-up.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 }, webp: { effort: 3 } } },
  },
  integrations: [
    sitemap({
      // Every page exists in every language (a missing translation is a fallback page), so a page's alternates are
      // its path in the five languages: made per page here rather than by the plugin's i18n option, which compares
      // every URL with every other (half a second of a build at ten thousand pages).
      serialize: (item) => ({ ...item, links: alternates(item.url) }),
      // The root chooser is not a language version of anything, and 404 pages are not for indexing.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404\/$/.test(page),
      // An incremental build renders only changed pages; the ones it takes from the last build are listed too.
      customPages: reusedUrls(site),
    }),
    publicDocuments(dir),
    openData(),
    redirectsFile(redirects),
    pagefind(), // after every other integration: indexes the finished site (and completes an incremental one)
  ],
  vite: {
    plugins: [bundleMedia(resolve(dir, 'media'))],
    // The search worker (lib/search/worker.ts) is a module: it imports Pagefind's script.
    worker: { format: 'es' },
    // Scripts stay files, never inlined into pages: the Content-Security-Policy allows scripts of this host only.
    build: { assetsInlineLimit: 0 },
  },
})
