/** Opens the CMS in-process (Payload's Local API) for command-line tools; the database comes from DATABASE_URL. */
import type { Payload } from 'payload'

export async function openCms({ seed = false } = {}): Promise<Payload> {
  if (!seed) process.env.SEED_CONTENT = 'false'
  process.env.JOB_RUNNER = 'off'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config.ts')])
  return getPayload({ config })
}

/** Runs a command against the CMS and exits: Payload keeps database connections open. */
export async function withCms(work: (payload: Payload) => Promise<void>): Promise<never> {
  let code = 0
  try {
    await work(await openCms())
  } catch (error) {
    console.error(error instanceof Error && ['BundleError', 'SheetError'].includes(error.name) ? error.message : error)
    code = 1
  }
  process.exit(code)
}
