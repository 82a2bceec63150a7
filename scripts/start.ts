/**
 * `npm start`: the whole system on the embedded default. Builds the CMS when needed, starts it on 127.0.0.1 (it
 * migrates, creates the first admin and seeds itself from content/ on first start), builds the public site from
 * the published snapshot, and serves it beside the admin; publishing in the admin rebuilds it (cms/deploy/).
 */
import { ensureCmsBuilt, startCms } from './lib/cmsServer.ts'
import { rebuildLocalSite } from '../cms/deploy/localSite.ts'
import { serveLiveSite } from './lib/liveSite.ts'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)

await ensureCmsBuilt()
console.log(`Starting the CMS on http://127.0.0.1:${cmsPort} (the first start seeds content/, about a minute) ...`)
const cms = await startCms({ port: cmsPort })
const site = await serveLiveSite(sitePort)
console.log('Building the public site from the published content ...')
const started = performance.now()
await rebuildLocalSite()
console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s; from now on every publish rebuilds it.`)
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
