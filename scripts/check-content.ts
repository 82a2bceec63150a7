/** `npm run content:check -- [--dir content]`: validates a bundle and lists every problem, without touching any database. */
import { parseArgs } from 'node:util'
import { BundleError, bundleCounts, readBundle } from '../content/bundle.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' } } })
try {
  const bundle = await readBundle(values.dir)
  console.log(`${values.dir}: valid (${bundleCounts(bundle)})`)
} catch (error) {
  if (!(error instanceof BundleError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
