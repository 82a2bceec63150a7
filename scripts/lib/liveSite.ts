/** Serves the locally built public site (see cms/deploy/localSite.ts, which builds and swaps it in). */
import { createReadStream, existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import { liveDir, siteDir } from '../../cms/deploy/localSite.ts'
import { locales } from '../../content/schema/locales.ts'

/** Serves whatever `live` points at, on 127.0.0.1, with the per-language 404 pages. */
export async function serveLiveSite(port: number): Promise<Server> {
  await mkdir(siteDir(), { recursive: true })
  // dev mode: files are looked up on every request, so a swapped `live` link is served at once.
  const files = sirv(liveDir(), { dev: true, etag: true })
  const server = createServer((req, res) => {
    files(req, res, () => {
      const lang = locales.find((locale) => req.url?.startsWith(`/${locale}/`))
      const page = lang ? join(liveDir(), lang, '404', 'index.html') : join(liveDir(), '404.html')
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      if (existsSync(page)) createReadStream(page).pipe(res)
      else res.end('Not found')
    })
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return server
}
