/**
 * Serves a built site on 127.0.0.1 as a static host would (Netlify compresses text with gzip), and counts the
 * bytes sent per request so the benchmark can report what a reader's browser transfers.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileFor } from './site.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
}
/** Already compressed by Pagefind (index chunks, fragments, wasm) or binary images: sent as they are. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.pf_meta'])

export interface Served {
  origin: string
  /** Bytes sent on the wire since the last reset, and the paths requested. */
  sent: () => { bytes: number; requests: string[] }
  reset: () => void
  close: () => Promise<void>
}

export async function serveSite(dist: string): Promise<Served> {
  let bytes = 0
  let requests: string[] = []
  const cache = new Map<string, Buffer>()
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = fileFor(dist, path)
    requests.push(path)
    if (!file) {
      const body = existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : Buffer.from('not found')
      bytes += body.length
      res.writeHead(404, { 'content-type': types['.html'] })
      res.end(body)
      return
    }
    const ext = extname(file)
    let body: Buffer = readFileSync(file)
    const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = cache.get(file)
      if (!gz) cache.set(file, (gz = gzipSync(body, { level: 6 })))
      body = gz
      headers['content-encoding'] = 'gzip'
    }
    bytes += body.length
    res.writeHead(200, headers)
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => ({ bytes, requests: [...requests] }),
    reset: () => {
      bytes = 0
      requests = []
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
