/** `npm run content:import -- [--dir content]`: checks the whole bundle, then imports all of it or nothing. */
import { parseArgs } from 'node:util'
import { importBundle } from '../cms/bundle/importBundle.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' } } })
await withCms(async (payload) => {
  const { created, updated, unchanged, media } = await importBundle(payload, values.dir)
  console.log(`Imported ${values.dir}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${media} media files written.`)
})
