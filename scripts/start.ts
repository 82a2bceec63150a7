/**
 * `npm start`: the whole system on the embedded default. Checks the configuration, builds the CMS when needed, starts
 * it on 127.0.0.1 (it migrates, creates the first admin and seeds itself from content/ on first start), asks it for a
 * deploy of the public site unless one is on its way already (its job runner is the one builder: cms/deploy/) and
 * serves the site beside the admin. A start that fails, or is interrupted, stops the CMS it started.
 */
import { createServer } from 'node:net'
import { recordChange } from '../cms/deploy/recordChange.ts'
import { openCms } from './lib/cms.ts'
import { ensureCmsBuilt, startCms, type RunningCms } from './lib/cmsServer.ts'
import { exitOnBadConfiguration } from './lib/configuration.ts'
import { serveLiveSite } from './lib/liveSite.ts'

exitOnBadConfiguration()
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

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

// However this process ends, the CMS it started ends with it (startCms sees to that, even while it is starting).
let cms: RunningCms | undefined
const stop = async (code: number) => {
  await cms?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(130))
process.on('SIGTERM', () => void stop(143))

try {
  await requireFreePort(cmsPort, 'CMS_PORT')
  await requireFreePort(sitePort, 'SITE_PORT')
  await ensureCmsBuilt()
  console.log(`Starting the CMS on http://127.0.0.1:${cmsPort} (the first start seeds content/, about a minute) ...`)
  cms = await startCms({ port: cmsPort })
  const site = await serveLiveSite(sitePort)
  process.on('exit', () => site.close())

  console.log('Building the public site from the published content ...')
  const payload = await openCms()
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
  console.log(`
  Admin (CMS):  ${cms.url}/admin
  Public site:  http://127.0.0.1:${sitePort}/
  Press Ctrl+C to stop.
`)
} catch (error) {
  console.error(error instanceof StartError ? error.message : `npm start failed: ${(error as Error).message}`)
  await stop(1)
}
