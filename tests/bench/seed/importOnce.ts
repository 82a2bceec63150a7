/**
 * One seed import, as a process of its own: a new CMS on an empty SQLite file in DATA_DIR (migrated, no content),
 * then `content:import` of CONTENT_DIR (default content/) timed. Prints one line of JSON: the time to open the CMS,
 * the import's wall-clock and CPU time, and its summary. Run by seedImport.bench.ts.
 */
import { importBundle } from '../../../cms/bundle/importBundle.ts'
import { openCms } from '../../../scripts/lib/cms.ts'

const started = performance.now()
const payload = await openCms()
const opened = performance.now()
const cpu = process.cpuUsage()
const summary = await importBundle(payload, process.env.CONTENT_DIR ?? 'content')
const { user, system } = process.cpuUsage(cpu)
const seconds = (ms: number) => Number((ms / 1000).toFixed(2))
console.log(
  JSON.stringify({
    openSeconds: seconds(opened - started),
    importSeconds: seconds(performance.now() - opened),
    importCpuSeconds: seconds((user + system) / 1000),
    summary,
  }),
)
process.exit(0)
