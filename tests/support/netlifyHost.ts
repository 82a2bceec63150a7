/**
 * Serves a built site the way Netlify would with this repository's netlify.toml and the site's `_redirects`: their
 * redirects (Language conditions, forced and shadowed rules, per-language 404s, renamed slugs) and headers, parsed
 * by Netlify's own parsers.
 * Netlify's hosting cannot run here; its configuration can.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parseAllHeaders } from '@netlify/headers-parser'
import { parseAllRedirects } from '@netlify/redirect-parser'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
}

function fileFor(root: string, path: string): string | undefined {
  const candidate = join(root, decodeURIComponent(path))
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  const index = join(candidate, 'index.html')
  return existsSync(index) ? index : undefined
}

/** The parts of a parsed redirect rule this host applies. */
interface RedirectRule {
  from: string
  path?: string
  to: string
  status?: number
  force: boolean
  conditions?: Record<string, unknown>
}

const splat = (from: string) => new RegExp(`^${from.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)

export async function serveLikeNetlify(root: string, config: string): Promise<{ url: string; server: Server }> {
  const { headers } = (await parseAllHeaders({ headersFiles: [], configHeaders: [], netlifyConfigPath: config, minimal: false })) as {
    headers: { forRegExp: RegExp; values: Record<string, string> }[]
  }
  // The site's own `_redirects` (renamed slugs) comes first, then netlify.toml's rules, as on Netlify.
  const redirectsFiles = [join(root, '_redirects')].filter((file) => existsSync(file))
  const { redirects } = (await parseAllRedirects({ redirectsFiles, configRedirects: [], netlifyConfigPath: config, minimal: false })) as {
    redirects: RedirectRule[]
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname
    // Netlify matches a Language condition against the browser's preferred (first) language.
    const preferred = (req.headers['accept-language'] ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase()
    let status = 200
    let file = fileFor(root, path)
    for (const rule of redirects) {
      if (!splat(rule.path ?? rule.from).test(path)) continue
      const wanted = (rule.conditions?.Language as string[] | undefined)?.map((l) => l.toLowerCase())
      if (wanted && !(wanted.includes(preferred) || wanted.includes(preferred.split('-')[0]!))) continue
      if (file && !rule.force) break
      if (rule.status && rule.status >= 300 && rule.status < 400) {
        res.writeHead(rule.status, { Location: rule.to })
        return res.end()
      }
      status = rule.status ?? 200
      file = fileFor(root, rule.to)
      break
    }
    const values = Object.assign({}, ...headers.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values)) as Record<string, string>
    if (!file) {
      res.writeHead(404, values)
      return res.end('Not found')
    }
    // A Content-Type set in netlify.toml replaces the one Netlify would choose from the extension.
    const type = types[extname(file)] ?? 'application/octet-stream'
    // Netlify compresses text on the way out; so does this host, for what a browser measures (page weight).
    const compress = /^(text\/|application\/(json|xml|ld\+json)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(status, { 'Content-Type': type, ...(compress && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }), ...values })
    res.end(compress ? gzipSync(readFileSync(file)) : readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server }
}
