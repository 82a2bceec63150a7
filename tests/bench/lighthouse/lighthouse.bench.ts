/**
 * Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4x CPU slowdown) on one page of every template
 * in every language of the seed site, served with netlify.toml's headers (CSP included) and compressed as Netlify
 * does. Records the four category scores, the main metrics and the page weight (bytes transferred):
 * bench/results/lighthouse.json. `LIGHTHOUSE_DIST=dir` takes an existing build; `SCREENS_LANGS` and `SCREENS_ONLY`
 * narrow the set as for the screenshots.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { serveLikeNetlify } from '../../support/netlifyHost.ts'
import { buildSite, locales, repo, tempDir } from '../../support/site.ts'
import { templates } from '../screens/templates.ts'

const langs = (process.env.SCREENS_LANGS?.split(',') ?? locales) as string[]
const only = process.env.SCREENS_ONLY?.split(',')
let dist = process.env.LIGHTHOUSE_DIST
const temp = dist ? undefined : await tempDir('bma-lighthouse-')
if (!dist) {
  dist = join(temp!.dir, 'dist')
  const built = await buildSite(join(repo, 'content'), dist, { BMA_SITE_CACHE: join(temp!.dir, 'cache') })
  if (built.code !== 0) throw new Error(built.stderr)
}
const host = await serveLikeNetlify(dist, join(repo, 'netlify.toml'))
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
const audit = async (url: string) =>
  (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }))!
    .lhr
interface Row {
  template: string
  lang: string
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
  tbtMs: number
  transferKB: number
  requests: number
  /** Set when Lighthouse could not measure the page even after retries. */
  error?: string
  /** The run's date and the machine's load average when it began. */
  date: string
  loadAverageBefore: number
}
const rows: Row[] = []
const load = Math.round(loadavg()[0]! * 100) / 100
const date = new Date().toISOString()
try {
  for (const lang of langs)
    for (const [template, path] of Object.entries(templates)) {
      if ((only && !only.includes(template)) || template === 'story') continue
      const url = `${host.url}/${lang}/${path}`
      // A trace can come back broken when the machine is starved (NO_NAVSTART, NO_FCP): such a run is tried again.
      let lhr = await audit(url)
      for (let retry = 0; lhr.runtimeError && retry < 3; retry++) lhr = await audit(url)
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? 0
      const row: Row = {
        template,
        lang,
        url: `/${lang}/${path}`,
        date,
        loadAverageBefore: load,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
        tbtMs: Math.round(metric('total-blocking-time')),
        transferKB: Math.round(metric('total-byte-weight') / 102.4) / 10,
        requests: (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0,
        ...(lhr.runtimeError && { error: lhr.runtimeError.code }),
      }
      rows.push(row)
      const failed = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map(([id]) => id)
      console.log(
        `${row.url.padEnd(48)} ${row.performance} ${row.accessibility} ${row.bestPractices} ${row.seo}  LCP ${row.lcpMs} ms  ${row.transferKB} KB${row.error ? `  ${row.error}` : ''}${failed.length ? `  below 1: ${failed.join(', ')}` : ''}`,
      )
    }
} finally {
  chrome.kill()
  host.server.close()
  await temp?.cleanup()
}
// A narrowed run (SCREENS_ONLY, SCREENS_LANGS) replaces its own pages' rows and keeps the others', each row dated.
const file = join(repo, 'bench/results/lighthouse.json')
const narrowed = Boolean(only || process.env.SCREENS_LANGS)
const kept =
  narrowed && existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as { rows: Row[] }).rows.filter((r) => !rows.some((n) => n.url === r.url)) : []
await writeFile(file, `${JSON.stringify({ benchmark: 'lighthouse', lighthouse: '12.2.3, mobile defaults', date, rows: [...kept, ...rows] }, null, 2)}\n`)
