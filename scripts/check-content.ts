/** `npm run content:check -- [--dir content]`: validates a bundle and lists every problem, without touching any database. */
import { parseArgs } from 'node:util'
import { BundleError, readBundle } from '../content/bundle.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' } } })
try {
  const bundle = await readBundle(values.dir)
  console.log(`${values.dir}: valid (${bundle.glossary.length} glossary terms, ${bundle.cities.length} cities, ${bundle.news.length} news items)`)
} catch (error) {
  if (!(error instanceof BundleError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
