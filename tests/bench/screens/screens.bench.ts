/**
 * Screenshots of every page template in every language, at a phone's width and a desktop's, in light mode (and the
 * phone in dark mode), from the seed bundle (content/), so a reviewer can look at all of them at once:
 * bench/results/screens/index.html. `SCREENS_DIST=dir` takes an existing build instead of building; `SCREENS_LANGS`
 * and `SCREENS_ONLY` (comma-separated template names) narrow the set.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildSite, launchChromium, locales, repo, serve, tempDir } from '../../support/site.ts'
import { templates } from './templates.ts'

const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } }

const out = join(repo, 'bench/results/screens')
const langs = (process.env.SCREENS_LANGS?.split(',') ?? locales) as string[]
const only = process.env.SCREENS_ONLY?.split(',')
let dist = process.env.SCREENS_DIST
const temp = dist ? undefined : await tempDir('bma-screens-')
if (!dist) {
  dist = join(temp!.dir, 'dist')
  const built = await buildSite(join(repo, 'content'), dist, { BMA_SITE_CACHE: join(temp!.dir, 'cache') })
  if (built.code !== 0) throw new Error(built.stderr)
}
await rm(out, { recursive: true, force: true })
await mkdir(out, { recursive: true })
const server = await serve(dist)
const browser = await launchChromium()
const shots: Array<{ template: string; lang: string; width: string; file: string }> = []
try {
  for (const [width, viewport] of Object.entries(widths))
    for (const scheme of width === 'phone' ? (['light', 'dark'] as const) : (['light'] as const)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: scheme, reducedMotion: 'reduce' })
      const page = await context.newPage()
      for (const lang of langs)
        for (const [template, path] of Object.entries(templates)) {
          if (only && !only.includes(template)) continue
          let url = `${server.origin}/${lang}/${path}`
          // A story: the newest one the news list links to.
          if (template === 'story') {
            await page.goto(url)
            url = `${server.origin}${await page.locator('.cards h2 a').first().getAttribute('href')}`
          }
          await page.goto(url, { waitUntil: 'networkidle' })
          // Lazy images load as the reader scrolls to them: scroll once through the page so the full-page picture has them.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 500) {
              window.scrollTo(0, y)
              await new Promise((resolve) => setTimeout(resolve, 30))
            }
            window.scrollTo(0, 0)
          })
          await page.waitForLoadState('networkidle')
          if (template === 'search') await page.waitForSelector('[data-search-results] a', { timeout: 30_000 }).catch(() => {})
          const file = `${lang}-${template}-${width}${scheme === 'dark' ? '-dark' : ''}.png`
          await page.screenshot({ path: join(out, file), fullPage: true })
          shots.push({ template, lang, width: `${width}${scheme === 'dark' ? ' dark' : ''}`, file })
        }
      await context.close()
    }
} finally {
  await browser.close()
  await server.close()
  await temp?.cleanup()
}
const rows = Object.keys(templates)
  .filter((t) => !only || only.includes(t))
  .map(
    (template) =>
      `<h2>${template}</h2><div class="row">${shots
        .filter((s) => s.template === template)
        .map((s) => `<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt=""></a><figcaption>${s.lang} · ${s.width}</figcaption></figure>`)
        .join('')}</div>`,
  )
  .join('\n')
await writeFile(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screens</title><style>body{font-family:sans-serif;margin:1rem}.row{display:flex;gap:12px;overflow-x:auto;align-items:flex-start}figure{margin:0;flex:none}img{width:180px;max-height:600px;object-fit:cover;object-position:top;border:1px solid #ccc}figcaption{font-size:12px}</style><h1>Every template, every language</h1>${rows}`,
)
console.log(`${shots.length} screenshots in ${out}/ (index.html shows them all)`)
