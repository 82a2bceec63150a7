import { defineConfig } from 'vitest/config'

// One run, five projects: `unit` (pure functions), `cms` (a real CMS on SQLite through the Local API; the suites that
// talk HTTP start the production server, which is built on demand, once), `site` (built sites, read from files),
// `admin` (the admin in Chromium) and `browser` (the site in Chromium). The fixture and seed sites are built once per run for site and browser (support/builtSites.ts).
// Files run two at a time (this machine has two cores); timeouts are generous because the suite must hold under load.
const project = (name: string, include: string[], extra: { exclude?: string[]; globalSetup?: string[]; testTimeout?: number } = {}) => ({
  extends: true as const,
  test: { name, include, ...extra },
})

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      project('unit', ['tests/unit/**/*.test.ts']),
      project('cms', ['tests/cms/**/*.test.ts', 'tests/deploy/**/*.test.ts'], { exclude: ['tests/deploy/netlify.test.ts'] }),
      project('site', ['tests/site/**/*.test.ts'], { exclude: ['tests/site/browser.test.ts'], globalSetup: ['tests/support/builtSites.ts'] }),
      // The admin in Chromium: a real CMS server, no site builds.
      project('admin', ['tests/admin/**/*.test.ts'], { testTimeout: 300_000 }),
      project('browser', ['tests/site/browser.test.ts', 'tests/search/**/*.test.ts', 'tests/deploy/netlify.test.ts'], {
        globalSetup: ['tests/support/builtSites.ts'],
        testTimeout: 300_000,
      }),
    ],
  },
})
