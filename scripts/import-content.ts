/**
 * `npm run content:import -- [--dir content] [--dry-run]`: checks the whole bundle, then imports all of it or nothing.
 * `npm run content:import -- --sheet FILE [--sheet FILE ...] [--collection NAME] [--media DIR] [--dry-run]`: the same
 * for spreadsheets (CSV, XLSX); `--dry-run` only checks and says what each row would do.
 * `npm run content:import -- --tbx FILE`: merges a TBX-Basic file into the glossary, all or nothing (cms/bundle/importTbx.ts).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { BundleError, readBundle } from '../content/bundle.ts'
import { isCollection } from '../content/schema/index.ts'
import { importBundle } from '../cms/bundle/importBundle.ts'
import { importSheets } from '../cms/bundle/importSheet.ts'
import { importTbxFile } from '../cms/bundle/importTbx.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'content' },
    sheet: { type: 'string', multiple: true },
    collection: { type: 'string' },
    media: { type: 'string' },
    tbx: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
})
const dryRun = values['dry-run']
const pastTense = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const
const { collection } = values
if (collection !== undefined && !isCollection(collection)) {
  console.error(`--collection ${collection}: not a collection (glossary, cities, news, organizations, agreements, activities, domains)`)
  process.exit(2)
}

if (values.sheet) {
  const files = await Promise.all(values.sheet.map(async (name) => ({ name, bytes: await readFile(name) })))
  await withCms(async (payload) => {
    const { rows, notes, summary } = await importSheets(payload, files, { collection, mediaDir: values.media, dryRun })
    for (const row of rows) console.log(`${row.sheet}, row ${row.row}: ${row.collection}/${row.slug} ${dryRun ? 'would be ' : ''}${pastTense[row.action]}`)
    for (const note of notes) console.log(note)
    if (summary)
      console.log(`Imported: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.media} media files written.`)
    else console.log(`Checked ${rows.length} rows: no problems. Nothing was written (--dry-run).`)
  })
} else if (values.tbx) {
  const tbx = values.tbx
  await withCms(async (payload) => {
    const { createdTerms, updatedTerms, concepts } = await importTbxFile(payload, tbx)
    console.log(`Imported ${tbx}: ${concepts} concepts, ${createdTerms.length} terms created, ${updatedTerms.length} updated, the rest unchanged.`)
  })
} else if (dryRun) {
  try {
    await readBundle(values.dir)
    console.log(`${values.dir}: valid. Nothing was written (--dry-run).`)
  } catch (error) {
    if (!(error instanceof BundleError)) throw error
    console.error(error.message)
    process.exitCode = 1
  }
} else {
  await withCms(async (payload) => {
    const { created, updated, unchanged, media } = await importBundle(payload, values.dir)
    console.log(`Imported ${values.dir}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${media} media files written.`)
  })
}
