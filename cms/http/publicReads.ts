import { createHash } from 'node:crypto'
import { collections } from '../../content/schema/index.ts'

/**
 * Anonymous reads of the public API (`GET /api/{collection}...` of public collections, without credentials) answered from
 * memory for a few seconds (PUBLIC_API_CACHE_SECONDS, default 10), so that the public can read at the rate a site
 * or a partner's script asks without each request populating documents again. Identical requests arriving together
 * share one computation. Every write of those collections empties the cache (the hooks below, and after an HTTP write
 * has committed); another CMS instance's writes show after at most the cache's lifetime. Answers carry caching
 * headers: public ones may be kept by shared caches for the same time, staff ones are never stored.
 */
type Handler<C> = (request: Request, context: C) => Promise<Response>

interface Entry {
  status: number
  body: ArrayBuffer
  headers: [string, string][]
  etag: string
  expires: number
  generation: number
}

interface Cache {
  generation: number
  entries: Map<string, Entry>
  bytes: number
  pending: Map<string, Promise<Entry>>
}

const maxBytes = 64_000_000
const maxEntryBytes = 2_000_000
/** The content collections, the BMA units and media: what the public may read (a file itself is served as it is). */
const publicCollections = new RegExp(`^/api/(${[...collections, 'units', 'media'].join('|')})(/(?!file/)[^/]+)?/?$`)

// Next.js may load this module more than once (one copy per route bundle); the cache is one per process.
const key = Symbol.for('bma.publicReads')
const cache: Cache = ((globalThis as Record<symbol, Cache>)[key] ??= { generation: 0, entries: new Map(), bytes: 0, pending: new Map() })

const lifetimeSeconds = () => Number(process.env.PUBLIC_API_CACHE_SECONDS ?? 10)
const anonymous = (request: Request) => !request.headers.has('authorization') && !/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Forgets every cached answer: public content may have changed. */
export function forgetPublicReads(): void {
  cache.generation++
  cache.entries.clear()
  cache.bytes = 0
}

function remember(url: string, entry: Entry): void {
  if (entry.status !== 200 || entry.body.byteLength > maxEntryBytes || entry.generation !== cache.generation) return
  while (cache.bytes + entry.body.byteLength > maxBytes && cache.entries.size > 0) {
    const [oldest, old] = cache.entries.entries().next().value!
    cache.entries.delete(oldest)
    cache.bytes -= old.body.byteLength
  }
  cache.entries.set(url, entry)
  cache.bytes += entry.body.byteLength
}

async function compute<C>(handler: Handler<C>, request: Request, context: C, url: string): Promise<Entry> {
  const generation = cache.generation
  const response = await handler(request, context)
  const body = await response.arrayBuffer()
  const entry: Entry = {
    status: response.status,
    body,
    headers: [...response.headers.entries()].filter(([name]) => name !== 'set-cookie'),
    etag: `W/"${createHash('sha1').update(new Uint8Array(body)).digest('base64url')}"`,
    expires: Date.now() + lifetimeSeconds() * 1000,
    generation,
  }
  remember(url, entry)
  return entry
}

/** A cached answer as sent: 304 when the client holds the same answer already. */
export interface CachedAnswer {
  status: number
  headers: Headers
  body: ArrayBuffer | null
}

function answer(request: Request, entry: Entry): CachedAnswer {
  const headers = new Headers(entry.headers)
  if (entry.status === 200) {
    headers.set('Cache-Control', `public, max-age=${lifetimeSeconds()}`)
    headers.set('ETag', entry.etag)
    headers.set('Vary', 'Authorization, Cookie')
    if (request.headers.get('if-none-match') === entry.etag) return { status: 304, headers, body: null }
  }
  return { status: entry.status, headers, body: entry.body }
}

const asResponse = ({ status, headers, body }: CachedAnswer) => new Response(body, { status, headers })

/** The cache's key for a request it may answer (an anonymous read of a public collection), else none. */
function cacheKey(request: Request): string | undefined {
  if (request.method !== 'GET' || !anonymous(request) || lifetimeSeconds() <= 0) return undefined
  const { pathname, search } = new URL(request.url)
  return publicCollections.test(pathname) ? `${pathname}${search}` : undefined
}

function fresh(url: string): Entry | undefined {
  const cached = cache.entries.get(url)
  return cached && cached.expires > Date.now() && cached.generation === cache.generation ? cached : undefined
}

/**
 * The answer to a request if the cache holds it fresh, else none: the CMS's HTTP server (scripts/cms-server.ts)
 * sends it before Next.js routes the request, which costs several times more than the answer itself.
 */
export function freshPublicAnswer(request: Request): CachedAnswer | undefined {
  const url = cacheKey(request)
  const cached = url === undefined ? undefined : fresh(url)
  return cached && answer(request, cached)
}

/** Wraps the REST GET handler: anonymous reads of public collections from memory, staff reads never stored. */
export function cachePublicReads<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const url = cacheKey(request)
    if (url === undefined) {
      const response = await handler(request, context)
      if (!anonymous(request)) response.headers.set('Cache-Control', 'private, no-store')
      return response
    }
    const cached = fresh(url)
    if (cached) return asResponse(answer(request, cached))
    let pending = cache.pending.get(url)
    if (!pending) {
      pending = compute(handler, request, context, url).finally(() => cache.pending.delete(url))
      cache.pending.set(url, pending)
    }
    return asResponse(answer(request, await pending))
  }
}

/** Wraps a writing handler: once its write has committed, cached public answers are forgotten. */
export function forgetAfterWrites<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context)
    } finally {
      if (!anonymous(request)) forgetPublicReads()
    }
  }
}
