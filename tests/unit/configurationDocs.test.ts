/** Every environment variable the code reads is documented in README.md (the configuration table or the list of those the project sets itself). */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { repo } from '../support/site.ts'

/** `process.env.NAME`, `process.env['NAME']` and `env.NAME` of a `NodeJS.ProcessEnv` parameter; not Vite's `import.meta.env`. */
const reads = /(?<!import\.meta\.)\benv(?:\.|\[['"])([A-Z][A-Z0-9_]+)/g

it('README.md documents every environment variable the code reads', () => {
  const sources = execFileSync('git', ['ls-files', 'cms', 'content', 'scripts', 'site/src', 'site/astro.config.ts'], { cwd: repo, encoding: 'utf8' }).split(
    '\n',
  )
  const read = new Set<string>()
  for (const file of sources.filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f) && !f.endsWith('payload-types.ts')))
    for (const [, name] of readFileSync(join(repo, file), 'utf8').matchAll(reads)) read.add(name!)
  // The scan must see the code: these are read in cms/, scripts/ and site/.
  expect([...read]).toEqual(expect.arrayContaining(['DATABASE_URL', 'SITE_OUT_DIR', 'BMA_SEARCH_SHARD_PAGES']))
  const readme = readFileSync(join(repo, 'README.md'), 'utf8')
  expect([...read].filter((name) => !readme.includes(`\`${name}\``)).sort()).toEqual([])
})
