import { createHash } from 'node:crypto'

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
const publicCollections = /^\/api\/(glossary|cities|organizations|agreements|activities|news|domains|units|media)(\/(?!file\/)[^/]+)?\/?$/

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

function answer(request: Request, entry: Entry): Response {
  const headers = new Headers(entry.headers)
  if (entry.status === 200) {
    headers.set('Cache-Control', `public, max-age=${lifetimeSeconds()}`)
    headers.set('ETag', entry.etag)
    headers.set('Vary', 'Authorization, Cookie')
    if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
  }
  return new Response(entry.body, { status: entry.status, headers })
}

/** Wraps the REST GET handler: anonymous reads of public collections from memory, staff reads never stored. */
export function cachePublicReads<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const { pathname, search } = new URL(request.url)
    if (!anonymous(request) || !publicCollections.test(pathname) || lifetimeSeconds() <= 0) {
      const response = await handler(request, context)
      if (!anonymous(request)) response.headers.set('Cache-Control', 'private, no-store')
      return response
    }
    const url = `${pathname}${search}`
    const cached = cache.entries.get(url)
    if (cached && cached.expires > Date.now() && cached.generation === cache.generation) return answer(request, cached)
    let pending = cache.pending.get(url)
    if (!pending) {
      pending = compute(handler, request, context, url).finally(() => cache.pending.delete(url))
      cache.pending.set(url, pending)
    }
    return answer(request, await pending)
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
