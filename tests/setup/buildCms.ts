/** Vitest global setup: one CMS production build for every suite that starts the CMS over HTTP. */
import { ensureCmsBuilt } from '../../scripts/lib/cmsServer.ts'

export default async function setup(): Promise<void> {
  await ensureCmsBuilt()
}
