/**
 * A stand-in for Netlify's build-hook endpoint (the one thing that cannot exist here): a real HTTP server on
 * 127.0.0.1 that records every call and answers as told: ok, down for a while, or failing for good.
 */
import { createServer, type Server } from 'node:http'

export interface HookCall {
  at: number
  title: string | null
  /** What the site would be built from at that moment (filled in by the test's onCall). */
  snapshot?: unknown
}

export interface FakeBuildHook {
  url: string
  calls: HookCall[]
  /** Answers the next `count` calls with `status` (e.g. 503), then 200 again. */
  failNext(count: number, status?: number): void
  failAlways(status?: number): void
  reset(): void
  onCall?: (call: HookCall) => Promise<void>
  close(): Promise<void>
}

export async function startFakeBuildHook(): Promise<FakeBuildHook> {
  let failures = 0
  let failStatus = 503
  const hook: FakeBuildHook = {
    url: '',
    calls: [],
    failNext(count, status = 503) {
      failures = count
      failStatus = status
    },
    failAlways(status = 500) {
      failures = Number.POSITIVE_INFINITY
      failStatus = status
    },
    reset() {
      hook.calls.length = 0
      failures = 0
    },
    close: () => new Promise((done) => server.close(() => done())),
  }
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const call: HookCall = { at: Date.now(), title: url.searchParams.get('trigger_title') }
    hook.calls.push(call)
    if (req.method !== 'POST') return res.writeHead(405).end()
    if (failures > 0) {
      failures--
      return res.writeHead(failStatus).end('unavailable')
    }
    await hook.onCall?.(call)
    res.writeHead(200).end('')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  hook.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/build_hooks/test-hook`
  return hook
}
