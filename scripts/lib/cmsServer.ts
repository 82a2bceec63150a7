/**
 * Builds the CMS (Next.js production build) when its sources changed, and runs it: used by `npm start` and by the
 * tests that talk to a real CMS over HTTP (starting the CMS builds it first when needed).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { keepCmsBuild, restoreCmsBuild } from './buildCache.ts'
import { withFileLock } from './fileLock.ts'
import { sourceHash } from './sourceHash.ts'

const cmsDir = resolve('cms')
const nextDir = join(cmsDir, '.next')
const buildId = join(nextDir, 'BUILD_ID')
const bin = (name: string) => resolve('node_modules', '.bin', name)

/** What the CMS build compiles: everything the Next app reaches by imports, and its configuration. */
const cmsSources = () => sourceHash(['cms/app', 'cms/proxy.ts', 'cms/next.config.ts', 'cms/tsconfig.json', 'tsconfig.base.json'])
const sourceHashFile = join(nextDir, 'bma-source-hash')

/**
 * Runs `next build` unless the existing build was made from exactly these sources, or a build of them is kept on this
 * machine (./buildCache.ts). Processes that ask at once (test files starting the CMS in parallel) take turns: the
 * first builds, the others find the build current. An aborted `signal` stops the build.
 */
export async function ensureCmsBuilt(log: (line: string) => void = console.log, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
  const sources = await cmsSources()
  const current = () => existsSync(buildId) && existsSync(sourceHashFile) && readFileSync(sourceHashFile, 'utf8') === sources
  if (current()) return
  await withFileLock(join(cmsDir, '.build-lock'), async () => {
    if (current()) return
    if (await restoreCmsBuild(sources, nextDir)) return log('Taking the CMS build of these sources kept on this machine (BUILD_CACHE_DIR).')
    log('Building the CMS (Next.js production build, about a minute) ...')
    await run(bin('next'), ['build', cmsDir], { NEXT_TELEMETRY_DISABLED: '1' }, signal)
    writeFileSync(sourceHashFile, sources)
    await keepCmsBuild(sources, nextDir)
  })
}

export function run(command: string, args: string[], env: Record<string, string> = {}, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    // In a process group of its own when it can be stopped: `next build` runs workers of its own.
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env }, detached: signal !== undefined })
    const stop = () => killGroup(child, 'SIGTERM')
    signal?.addEventListener('abort', stop, { once: true })
    child.on('error', fail)
    child.on('exit', (code) => {
      signal?.removeEventListener('abort', stop)
      if (code === 0) done()
      else fail(new Error(signal?.aborted ? `${command} was stopped` : `${command} ${args.join(' ')} exited with ${code}`))
    })
  })
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/** Signals a detached child's whole process group. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

/** Every CMS server this process started and that still runs: they run detached, so they end with this process. */
const started = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of started) killGroup(child, 'SIGTERM')
})

export interface RunningCms {
  url: string
  process: ChildProcess
  stop(): Promise<void>
}

/** Builds the CMS if needed, starts the CMS server (scripts/cms-server.ts) on 127.0.0.1 and resolves once the API answers (Payload initialises on the first request). */
export async function startCms({
  port,
  env = {},
  quiet = false,
  timeoutMs = 180_000,
}: { port?: number; env?: Record<string, string | undefined>; quiet?: boolean; timeoutMs?: number } = {}): Promise<RunningCms> {
  await ensureCmsBuilt(quiet ? () => {} : console.log)
  const listenPort = port ?? (await freePort())
  const child = spawn(bin('tsx'), [resolve('scripts/cms-server.ts'), '--host', '127.0.0.1', '--port', String(listenPort)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', quiet ? 'pipe' : 'inherit'],
    detached: true,
  })
  started.add(child)
  child.once('exit', () => started.delete(child))
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const url = `http://127.0.0.1:${listenPort}`
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const signal = (name: NodeJS.Signals) => killGroup(child, name)
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signal('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      if (child.exitCode === null && child.signalCode === null) signal('SIGKILL')
    }
    await exited
    signal('SIGKILL') // anything left in the group (the server's own children)
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop() // whatever the server had started in its process group goes with it
      throw new Error(`The CMS exited during start (code ${child.exitCode}).\n${stderr}`)
    }
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.status < 500) return { url, process: child, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`The CMS did not answer within ${timeoutMs / 1000} s.\n${stderr}`)
}
