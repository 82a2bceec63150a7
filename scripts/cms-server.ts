/**
 * The CMS server: the Next.js production build (cms/.next) behind Node's HTTP server, which settles for every request
 * which client sent it (scripts/lib/clientAddress.ts) and tells the CMS in X-Forwarded-For, before Next.js sees it.
 * `next start` would pass a client's own X-Forwarded-For on unchecked, and sign-in throttling counts per client.
 * An anonymous read the public-read cache holds fresh (cms/http/publicReads.ts) is answered here, with the same
 * security headers, without passing through Next.js's routing and proxy.
 * Run by `npm start` and the tests; `--host` and `--port` say where it listens.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'
import { freshPublicAnswer } from '../cms/http/publicReads.ts'
import { securityHeaders } from '../cms/http/securityHeaders.ts'
import { clientOf, parseTrustedProxies, trusts } from './lib/clientAddress.ts'
import { exitOnBadConfiguration } from './lib/configuration.ts'

exitOnBadConfiguration()
const { values } = parseArgs({ options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: process.env.CMS_PORT ?? '3000' } } })
const port = Number(values.port)
// The CMS reads its own port (the admin's origin on a developer machine, cms/http/adminOrigins.ts).
process.env.PORT = String(port)
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
const app = next({ dir: new URL('../cms', import.meta.url).pathname, dev: false, hostname: values.host, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  const fromProxy = trusts(trusted, req.socket.remoteAddress)
  req.headers['x-forwarded-for'] = clientOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)
  // Host and protocol as a proxy saw them count only from a trusted proxy (Next.js checks server actions against them).
  if (!fromProxy) for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']) delete req.headers[name]
  if (!answerFromCache(req, res)) void handle(req, res)
})

/** Sends the cached answer to an anonymous GET when there is a fresh one; false when Next.js must answer. */
function answerFromCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url?.startsWith('/api/')) return false
  const headers = new Headers()
  for (const name of ['authorization', 'cookie', 'if-none-match']) if (typeof req.headers[name] === 'string') headers.set(name, req.headers[name])
  const cached = freshPublicAnswer(new Request(new URL(req.url, 'http://cms.local'), { headers }))
  if (!cached) return false
  res.writeHead(cached.status, { ...Object.fromEntries(cached.headers), ...securityHeaders(randomBytes(16).toString('base64')) })
  res.end(cached.body ? Buffer.from(cached.body) : undefined)
  return true
}
server.listen(port, values.host, () => console.log(`CMS listening on http://${values.host}:${port}`))

const stop = () => {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
