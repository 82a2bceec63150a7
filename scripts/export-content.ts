/**
 * `npm run content:export -- --out DIR [--include-internal]`: writes the bundle from the CMS. Without the flag, the
 * published public snapshot the site is built from; with it, a full staff backup including internal data.
 */
import { parseArgs } from 'node:util'
import { bundleCounts } from '../content/bundle.ts'
import { exportBundle } from '../cms/bundle/exportBundle.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { out: { type: 'string' }, 'include-internal': { type: 'boolean', default: false } } })
if (!values.out) {
  console.error('Usage: npm run content:export -- --out DIR [--include-internal]')
  process.exit(2)
}
await withCms(async (payload) => {
  const bundle = await exportBundle(payload, values.out!, { includeInternal: values['include-internal'] })
  const kind = values['include-internal'] ? 'full backup (includes internal data: keep it private)' : 'public snapshot'
  console.log(`Exported a ${kind} to ${values.out}: ${bundleCounts(bundle)}.`)
})
