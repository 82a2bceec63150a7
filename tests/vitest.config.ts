import { defineConfig } from 'vitest/config'

// One run, five projects: `unit` (pure functions), `cms` (a real CMS on SQLite through the Local API; the suites that
// talk HTTP start the production server, which is built on demand, once), `site` (built sites, read from files),
// `admin` (the admin in Chromium, against a real CMS) and `browser` (the site in Chromium). The fixture and seed sites are built once per run for site and browser (support/builtSites.ts).
// Files run two at a time (this machine has two cores); timeouts are generous because the suite must hold under load.
const project = (name: string, include: string[], { exclude = [], ...extra }: { exclude?: string[]; globalSetup?: string[]; testTimeout?: number } = {}) => ({
  extends: true as const,
  test: { name, include, exclude: ['**/node_modules/**', 'tests/bench/**', ...exclude], ...extra },
})

const unit = ['tests/unit/**/*.test.ts']
const browser = ['tests/site/browser.test.ts', 'tests/search/**/*.test.ts', 'tests/deploy/netlify.test.ts']
const site = ['tests/site/**/*.test.ts']
const admin = ['tests/admin/**/*.test.ts']

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    testTimeout: 120_000,
    hookTimeout: 1_200_000,
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      project('unit', unit),
      project('site', site, { exclude: browser, globalSetup: ['tests/support/builtSites.ts'] }),
      project('browser', browser, { globalSetup: ['tests/support/builtSites.ts'], testTimeout: 300_000 }),
      project('admin', admin, { testTimeout: 300_000 }),
      // Everything else talks to a real CMS: a new suite cannot fall outside every project.
      project('cms', ['tests/**/*.test.ts'], { exclude: [...unit, ...site, ...browser, ...admin] }),
    ],
  },
})
