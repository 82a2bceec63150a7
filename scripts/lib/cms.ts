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
    // Errors that explain themselves (a bundle's, spreadsheet's or TBX file's problems, a refused restore) are printed without a stack trace.
    console.error(error instanceof Error && ['BundleError', 'RestoreRefused', 'SheetError', 'TbxError'].includes(error.name) ? error.message : error)
    code = 1
  }
  process.exit(code)
}
