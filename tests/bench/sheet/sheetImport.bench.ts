/**
 * Spreadsheet intake benchmark: a real CMS in this process (Local API, a fresh SQLite file) and generated XLSX
 * workbooks of organisations and activities in five languages (references between the sheets, BMA units, sectors).
 * For each size: the check alone (a dry run), the import into an empty CMS, and the re-import of the same file (every
 * row unchanged); wall time, this process's CPU time (what the machine's other load does not change much) and rows
 * per second; the process's peak memory. Writes bench/results/sheet-import.json.
 *
 * BENCH_SHEET_ROWS=1000 (default; e.g. 1000,5000) chooses the numbers of activity rows (organisations: a tenth as many).
 */
import { mkdtempSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { importSheets } from '../../../cms/bundle/importSheet.ts'
import { openCms } from '../../../scripts/lib/cms.ts'

const repo = new URL('../../../', import.meta.url).pathname
const sizes = (process.env.BENCH_SHEET_ROWS ?? '1000').split(',').map(Number)
const kinds = ['incoming-visit', 'outgoing-visit', 'meeting', 'conference', 'exchange-programme', 'project', 'training']

async function workbook(activities: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const organizations = Math.max(1, Math.round(activities / 10))
  const orgs = book.addWorksheet('organizations')
  orgs.addRow(['slug', 'name_th', 'name_en', 'name_zh', 'name_ja', 'name_ko', 'kind', 'country', 'summary_th', 'summary_en'])
  for (let i = 0; i < organizations; i++)
    orgs.addRow([
      `org-${i}`,
      `องค์การที่ ${i}`,
      `Organisation ${i}`,
      `组织 ${i}`,
      `機構 ${i}`,
      `기구 ${i}`,
      'city-network',
      'JP',
      `สรุปขององค์การที่ ${i}`,
      `Summary ${i}`,
    ])
  const sheet = book.addWorksheet('activities')
  sheet.addRow([
    'slug',
    'title_th',
    'title_en',
    'title_zh',
    'title_ja',
    'title_ko',
    'kind',
    'start',
    'end',
    'partners',
    'units_th',
    'units_en',
    'sectors',
    'summary_th',
    'body_th',
  ])
  for (let i = 0; i < activities; i++) {
    const start = new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 27)))
    sheet.addRow([
      `activity-${i}`,
      `กิจกรรมความร่วมมือที่ ${i}`,
      `Cooperation activity ${i}`,
      `合作活动 ${i}`,
      `協力活動 ${i}`,
      `협력 활동 ${i}`,
      kinds[i % kinds.length],
      start,
      new Date(start.getTime() + 2 * 86_400_000),
      `organizations/org-${i % organizations}`,
      `สำนักการต่างประเทศ; สำนักงานเขต ${i % 50}`,
      `International Affairs Division; District Office ${i % 50}`,
      `sector-${i % 8}`,
      `สรุปกิจกรรมที่ ${i}`,
      `รายละเอียดของกิจกรรมที่ ${i}\n\n- ข้อหนึ่ง\n- ข้อสอง`,
    ])
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

let peakRss = 0
let loads: number[] = []
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref()
// The machine's load while a size runs: other work on it slows the wall times down.
setInterval(() => loads.push(loadavg()[0]!), 5_000).unref()
const seconds = (ms: number) => Number((ms / 1000).toFixed(2))
/** The result, the wall seconds and the CPU seconds of this process. */
async function timed<T>(work: () => Promise<T>): Promise<[T, number, number]> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await work()
  const used = process.cpuUsage(cpu)
  return [result, seconds(performance.now() - started), seconds((used.user + used.system) / 1000)]
}

const results = []
for (const rows of sizes) {
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'bma-sheet-bench-'))
  Object.assign(process.env, { ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'Sawasdee-Krung-2026' })
  const payload = await openCms()
  const bytes = await workbook(rows)
  const file = [{ name: 'intake.xlsx', bytes }]
  peakRss = 0
  loads = [loadavg()[0]!]
  const [, checkSeconds, checkCpuSeconds] = await timed(() => importSheets(payload, file, { dryRun: true }))
  const [first, importSeconds, importCpuSeconds] = await timed(() => importSheets(payload, file))
  const [again, reimportSeconds, reimportCpuSeconds] = await timed(() => importSheets(payload, file))
  const allRows = rows + Math.max(1, Math.round(rows / 10))
  const result = {
    activityRows: rows,
    organizationRows: allRows - rows,
    fileBytes: bytes.length,
    checkSeconds,
    checkCpuSeconds,
    importSeconds,
    importCpuSeconds,
    importRowsPerSecond: Number((allRows / importSeconds).toFixed(1)),
    reimportSeconds,
    reimportCpuSeconds,
    created: first.summary?.created,
    unchangedOnReimport: again.summary?.unchanged,
    peakRssMegabytes: Math.round(peakRss / 1e6),
    meanLoadAverage: Number((loads.reduce((sum, load) => sum + load, 0) / loads.length).toFixed(1)),
  }
  console.log(JSON.stringify(result))
  results.push(result)
  await payload.destroy()
}
await mkdir(join(repo, 'bench/results'), { recursive: true })
await writeFile(join(repo, 'bench/results/sheet-import.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`)
process.exit(0)
