/**
 * Open data benchmark: what the open data files add to a 10,000-page build. Generates the site benchmark's synthetic
 * bundle of about 10,000 pages (tests/bench/generate-bundle.ts), adds a relationship database of the same scale
 * (organisations, agreements, activities naming its cities), and times in one process what build-site adds: making
 * every file from the public content, and staging it for a full build (written) and for an incremental build with
 * nothing changed (hard links to the last build). Median of BENCH_RUNS (default 5), as wall time and as the process's
 * CPU time (which another process's load inflates far less). Writes bench/results/open-data.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { readBundle } from '../../../content/bundle.ts'
import type { Activity, Agreement, Organization } from '../../../content/schema/index.ts'
import { stageOpenData } from '../../../site/src/lib/openData/build.ts'
import { openDataFiles, openDataFolder } from '../../../site/src/lib/openData/files.ts'
import { openDataSettings } from '../../../site/src/lib/openData/settings.ts'
import { publicContent } from '../../../site/src/lib/publicContent.ts'
import { generateBundle } from '../generate-bundle.ts'

const repo = new URL('../../../', import.meta.url).pathname
const tmp = join(repo, 'bench/tmp/open-data')
const runs = Number(process.env.BENCH_RUNS ?? 5)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

await rm(tmp, { recursive: true, force: true })
await generateBundle(join(tmp, 'bundle'), { terms: 1400, cities: 200, news: 400 })
const bundle = await readBundle(join(tmp, 'bundle'))
const cities = bundle.cities.map((c) => `cities/${c.slug}`)
const organizations: Organization[] = Array.from({ length: 100 }, (_, i) => ({
  slug: `organization-${i + 1}`,
  name: { th: `องค์กร ${i + 1}`, en: `Organisation ${i + 1}`, ja: `機関 ${i + 1}` },
  kind: 'international-organization',
  summary: { th: 'เครือข่ายความร่วมมือระหว่างเมือง', en: 'A network of cities working together.' },
}))
const partners = [...cities, ...organizations.map((o) => `organizations/${o.slug}`)]
const agreements: Agreement[] = Array.from({ length: 400 }, (_, i) => ({
  slug: `agreement-${i + 1}`,
  title: { th: `บันทึกความเข้าใจ ${i + 1}`, en: `Memorandum of understanding ${i + 1}`, zh: `谅解备忘录 ${i + 1}` },
  kind: 'mou',
  partners: [partners[i % partners.length]!, partners[(i * 7) % partners.length]!],
  status: i % 5 === 0 ? 'expired' : 'in-force',
  signed: `${1990 + (i % 35)}-0${1 + (i % 9)}-1${i % 10}`,
  sectors: ['environment'],
  summary: { th: 'ความร่วมมือด้านสิ่งแวดล้อมและการขนส่ง', en: 'Cooperation on the environment and transport.' },
}))
const activities: Activity[] = Array.from({ length: 1500 }, (_, i) => ({
  slug: `activity-${i + 1}`,
  title: { th: `การเยือน ${i + 1}`, en: `Visit ${i + 1}`, ko: `방문 ${i + 1}` },
  kind: i % 2 ? 'incoming-visit' : 'meeting',
  start: `${2000 + (i % 25)}-0${1 + (i % 9)}-0${1 + (i % 9)}`,
  partners: [partners[i % partners.length]!],
  agreement: `agreements/agreement-${1 + (i % 400)}`,
  units: [{ th: 'สำนักการต่างประเทศ', en: 'International Affairs Division' }],
  summary: { th: 'คณะผู้แทนเยือนกรุงเทพมหานคร', en: 'A delegation visited Bangkok.' },
}))

const settings = openDataSettings({})
const scenarios = {
  'bundle of the site benchmark (terms, cities, news)': publicContent(bundle),
  'with organisations, agreements and activities': publicContent({ ...bundle, organizations, agreements, activities }),
}
const results = []
for (const [scenario, content] of Object.entries(scenarios)) {
  const make: number[] = []
  const full: number[] = []
  const unchanged: number[] = []
  const makeCpu: number[] = []
  const fullCpu: number[] = []
  const unchangedCpu: number[] = []
  const cpu = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  }
  let files = openDataFiles(content, settings)
  for (let run = 0; run < runs; run++) {
    let [started, startedCpu] = [performance.now(), cpu()]
    files = openDataFiles(content, settings)
    make.push(performance.now() - started)
    makeCpu.push(cpu() - startedCpu)
    const last = join(tmp, `last-${run}`)
    ;[started, startedCpu] = [performance.now(), cpu()]
    await stageOpenData(files, join(last, openDataFolder), undefined)
    full.push(performance.now() - started)
    fullCpu.push(cpu() - startedCpu)
    const again = join(tmp, `again-${run}`)
    ;[started, startedCpu] = [performance.now(), cpu()]
    await stageOpenData(files, join(again, openDataFolder), last)
    unchanged.push(performance.now() - started)
    unchangedCpu.push(cpu() - startedCpu)
  }
  const pages = (content.glossary.length + content.cities.length + content.news.length) * 5
  results.push({
    scenario,
    entryPages: pages,
    entries: {
      glossary: content.glossary.length,
      cities: content.cities.length,
      organizations: content.organizations.length,
      agreements: content.agreements.length,
      activities: content.activities.length,
    },
    makeMs: Math.round(median(make)),
    stageFullMs: Math.round(median(full)),
    stageUnchangedMs: Math.round(median(unchanged)),
    addedToFullBuildMs: Math.round(median(make) + median(full)),
    addedToIncrementalBuildMs: Math.round(median(make) + median(unchanged)),
    cpuMs: { make: Math.round(median(makeCpu)), stageFull: Math.round(median(fullCpu)), stageUnchanged: Math.round(median(unchangedCpu)) },
    bytes: Object.fromEntries(files.map((f) => [f.name, Buffer.byteLength(f.body)])),
    totalBytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.body), 0),
  })
}
await rm(tmp, { recursive: true, force: true })
const report = { date: new Date().toISOString(), machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) }, runs, results }
await mkdir(join(repo, 'bench/results'), { recursive: true })
await writeFile(join(repo, 'bench/results/open-data.json'), `${JSON.stringify(report, null, 2)}\n`)
console.table(
  results.map(({ bytes: _bytes, entries: _entries, cpuMs, ...row }) => ({
    ...row,
    cpuMake: cpuMs.make,
    cpuStageFull: cpuMs.stageFull,
    cpuStageUnchanged: cpuMs.stageUnchanged,
  })),
)
