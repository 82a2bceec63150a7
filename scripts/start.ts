/**
 * `npm start`: the whole system on the embedded default. Checks the configuration, then, at once: builds the CMS when
 * needed (or takes the build of the same sources kept on this machine), migrates the database, creates the first
 * admin and seeds a new database from content/ (in this process), and on a new database builds the public site
 * straight from content/ (the same site the seeded CMS makes). It then starts the CMS on 127.0.0.1 and serves the
 * site beside the admin; on an existing database it asks the CMS for a deploy unless one is on its way already (its
 * job runner is the one builder: cms/deploy/). A start that fails, or is interrupted, stops everything it started.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { buildLocalSiteFrom } from '../cms/deploy/localSite.ts'
import { recordChange } from '../cms/deploy/recordChange.ts'
import { sqliteFile } from '../cms/paths.ts'
import { openCms } from './lib/cms.ts'
import { ensureCmsBuilt, startCms, type RunningCms } from './lib/cmsServer.ts'
import { exitOnBadConfiguration } from './lib/configuration.ts'
import { serveLiveSite } from './lib/liveSite.ts'

exitOnBadConfiguration()
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const contentDir = process.env.CONTENT_DIR ?? 'content'
// The CMS server runs as configured; the CMS this process opens to seed and to watch deploys runs no jobs.
const serverEnv = { SEED_CONTENT: process.env.SEED_CONTENT, JOB_RUNNER: process.env.JOB_RUNNER }

/** Fails with one line when a port is taken, before anything is started. */
async function requireFreePort(port: number, variable: string): Promise<void> {
  const free = await new Promise<boolean>((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
  if (!free) throw new StartError(`${variable} ${port} is in use (another npm start?); stop that process or set ${variable} to a free port.`)
}

class StartError extends Error {}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

// However this process ends, what it started ends with it: the CMS (startCms sees to that, even while it is
// starting), and the CMS and site builds.
const stopping = new AbortController()
let cms: RunningCms | undefined
const stop = async (code: number) => {
  stopping.abort()
  await cms?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(130))
process.on('SIGTERM', () => void stop(143))

try {
  await requireFreePort(cmsPort, 'CMS_PORT')
  await requireFreePort(sitePort, 'SITE_PORT')
  const started = performance.now()
  const site = await serveLiveSite(sitePort)
  process.on('exit', () => site.close())

  // A new embedded database is seeded from content/, so the site is that bundle's: built now, not after the CMS.
  const newDatabase = !process.env.DATABASE_URL && !existsSync(sqliteFile()) && process.env.SEED_CONTENT !== 'false' && existsSync(contentDir)
  if (newDatabase) console.log(`A new database: seeding it from ${contentDir}/ and building the public site from ${contentDir}/ ...`)
  const siteFromContent = newDatabase ? buildLocalSiteFrom(contentDir, { signal: stopping.signal }) : undefined
  // Held until awaited below, so that a failed build is reported there rather than as an unhandled rejection.
  siteFromContent?.catch(() => undefined)
  const [payload] = await Promise.all([openCms({ seed: true }), ensureCmsBuilt(console.log, { signal: stopping.signal })])
  console.log(`Starting the CMS on http://127.0.0.1:${cmsPort} ...`)
  cms = await startCms({ port: cmsPort, env: serverEnv })
  console.log(`The admin answers, ${seconds(started)} after the start.`)

  const built =
    siteFromContent &&
    (await siteFromContent.then(
      () => true,
      (error: Error) => console.error(`${error.message}\nThe CMS builds the site instead.`),
    ))
  if (built) console.log(`Site built from ${contentDir}/, live ${seconds(started)} after the start; from now on every publish rebuilds it.`)
  else {
    console.log('Building the public site from the published content ...')
    const asked = new Date().toISOString()
    const isPending = async () => (await payload.count({ collection: 'deploys', where: { state: { in: ['queued', 'building'] } } })).totalDocs > 0
    // A deploy already on its way (the first start's seeding queues one) builds everything; another would repeat it.
    if (!(await isPending())) await recordChange(payload, { collection: 'site', action: 'manual', by: 'npm start' }, { immediate: true })
    for (;;) {
      // Done when nothing is queued or building any more and a deploy has finished since the request.
      const pending = await isPending()
      const { docs } = await payload.find({ collection: 'deploys', sort: '-finishedAt', limit: 1, depth: 0 })
      const latest = docs[0] as { state?: string; finishedAt?: string; durationMs?: number; error?: string } | undefined
      if (!pending && latest?.finishedAt && latest.finishedAt > asked) {
        if (latest.state === 'live') console.log(`Site built in ${((latest.durationMs ?? 0) / 1000).toFixed(1)} s; from now on every publish rebuilds it.`)
        else console.error(`The site build failed; the previous site (if any) is served. ${latest.error ?? ''}`)
        break
      }
      await new Promise((done) => setTimeout(done, 500))
    }
  }
  console.log(`
  Admin (CMS):  ${cms.url}/admin
  Public site:  http://127.0.0.1:${sitePort}/
  Press Ctrl+C to stop.
`)
} catch (error) {
  console.error(error instanceof StartError ? error.message : `npm start failed: ${(error as Error).message}`)
  await stop(1)
}
