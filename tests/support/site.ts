/** Shared helpers of the site suites: build a bundle into a temp dir, read pages, serve dist over HTTP. */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { promisify } from 'node:util'

export const repo = new URL('../../', import.meta.url).pathname
export const fixture = join(repo, 'tests/fixtures/site-bundle')
export const locales = ['th', 'en', 'zh', 'ja', 'ko'] as const

export interface BuildResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `scripts/build-site.ts` as `npm run build:site` would. */
export async function buildSite(content: string, out: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build-site.ts', '--content', content, '--out', out, '--quiet', ...args], {
      cwd: repo,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

/** A fresh temp directory, removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Builds the fixture bundle once into a temp dir and throws with the build's output when it fails. */
export async function buildFixture(content = fixture, env: Record<string, string> = {}): Promise<{ dist: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir('bma-site-')
  const dist = join(dir, 'dist')
  // A private cache: suites run in parallel and may build the same bundle at once.
  const result = await buildSite(content, dist, { BMA_SITE_CACHE: join(dir, 'cache'), ...env })
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
  return { dist, cleanup }
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort()
}

/** The HTML file serving a URL path of the site (`/en/glossary/` -> en/glossary/index.html). */
export function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0])
  const candidate = normalize(join(dist, clean))
  if (!candidate.startsWith(dist)) return undefined
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  const index = join(candidate, 'index.html')
  return existsSync(index) ? index : undefined
}

export function page(dist: string, path: string): string {
  const file = fileFor(dist, path)
  if (!file) throw new Error(`no page for ${path}`)
  return readFileSync(file, 'utf8')
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
}

/** A static file server for dist on 127.0.0.1 (free port), answering 404 with the host's 404 page. */
export async function serve(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(dist, new URL(req.url ?? '/', 'http://x').pathname)
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] })
      res.end(existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : 'not found')
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Internal links (href/src/srcset) of an HTML page, resolved against its URL path; external ones skipped. */
export function internalLinks(html: string, from: string): string[] {
  const found: string[] = []
  for (const match of html.matchAll(/\s(href|src)="([^"]*)"/g)) found.push(match[2])
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) for (const part of match[1].split(',')) found.push(part.trim().split(/\s+/)[0])
  return found
    .map((link) => link.replace(/&amp;/g, '&'))
    .filter((link) => link !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//'))
    .map((link) => new URL(link, `http://site${from}`).pathname + (link.includes('#') ? `#${link.split('#')[1]}` : ''))
}

/** Launches Debian Chromium headless through playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}

/** Every broken internal link of a built site: pages, fragments, images, and the URLs in feeds and sitemaps. */
export function brokenLinks(dist: string, site = 'https://international.bangkok.go.th'): string[] {
  const broken = new Set<string>()
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let set = ids.get(file)
    if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))))
    return set
  }
  const files = filesUnder(dist)
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const from = `/${file.replace(/index\.html$/, '')}`
    for (const link of internalLinks(readFileSync(join(dist, file), 'utf8'), from)) {
      const [path, fragment] = link.split('#')
      const target = fileFor(dist, path)
      if (!target) broken.add(`${from} -> ${link}`)
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.add(`${from} -> ${link} (no such id)`)
    }
  }
  const absolute = new RegExp(`(?:<loc>|<link>|href=")(${site.replace(/[.]/g, '\\.')}[^<"]*)`, 'g')
  for (const xml of files.filter((f) => f.endsWith('.xml'))) {
    for (const m of readFileSync(join(dist, xml), 'utf8').matchAll(absolute)) {
      if (!fileFor(dist, new URL(m[1]).pathname)) broken.add(`${xml} -> ${m[1]}`)
    }
  }
  return [...broken]
}
