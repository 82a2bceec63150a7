/** `npm run bench`: runs every benchmark script (`*.bench.ts`) in the folders of tests/bench/, one after another. */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('./', import.meta.url).pathname
const repo = new URL('../../', import.meta.url).pathname
const only = process.argv.slice(2)
let failed = 0
for (const folder of readdirSync(root).sort()) {
  const dir = join(root, folder)
  if (!statSync(dir).isDirectory() || (only.length > 0 && !only.includes(folder))) continue
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    console.log(`\n== ${folder}/${file}`)
    const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(dir, file)], { cwd: repo, stdio: 'inherit' })
    if (run.status !== 0) failed++
  }
}
process.exitCode = failed > 0 ? 1 : 0
