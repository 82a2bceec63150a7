/**
 * `npm run content:import -- [--dir content]`: checks the whole bundle, then imports all of it or nothing.
 * `npm run content:import -- --tbx FILE`: merges a TBX-Basic file into the glossary, all or nothing (cms/bundle/importTbx.ts).
 */
import { parseArgs } from 'node:util'
import { importBundle } from '../cms/bundle/importBundle.ts'
import { importTbxFile } from '../cms/bundle/importTbx.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' }, tbx: { type: 'string' } } })
await withCms(async (payload) => {
  if (values.tbx) {
    const { createdTerms, updatedTerms, concepts } = await importTbxFile(payload, values.tbx)
    console.log(`Imported ${values.tbx}: ${concepts} concepts, ${createdTerms.length} terms created, ${updatedTerms.length} updated, the rest unchanged.`)
    return
  }
  const { created, updated, unchanged, media } = await importBundle(payload, values.dir)
  console.log(`Imported ${values.dir}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${media} media files written.`)
})
