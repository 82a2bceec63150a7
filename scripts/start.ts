/**
 * `npm start`: the whole system on the embedded default. Builds the CMS when needed, starts it on 127.0.0.1 (it
 * migrates, creates the first admin and seeds itself from content/ on first start), asks it for a deploy of the
 * public site unless one is on its way already (its job runner is the one builder: cms/deploy/) and serves the site
 * beside the admin.
 */
import { recordChange } from '../cms/deploy/recordChange.ts'
import { openCms } from './lib/cms.ts'
import { ensureCmsBuilt, startCms } from './lib/cmsServer.ts'
import { serveLiveSite } from './lib/liveSite.ts'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

await ensureCmsBuilt()
console.log(`Starting the CMS on http://127.0.0.1:${cmsPort} (the first start seeds content/, about a minute) ...`)
const cms = await startCms({ port: cmsPort })
const site = await serveLiveSite(sitePort)

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

const stop = async () => {
  site.close()
  await cms.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
