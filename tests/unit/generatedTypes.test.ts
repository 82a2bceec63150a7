/** cms/payload-types.ts is what `npm run generate:types` makes from the current config: never stale. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

it('cms/payload-types.ts matches the Payload config (run `npm run generate:types` after changing a collection)', async () => {
  process.env.JOB_RUNNER = 'off'
  const out = join(mkdtempSync(join(tmpdir(), 'bma-types-')), 'payload-types.ts')
  const [{ generateTypes }, { default: config }] = await Promise.all([import('payload/node'), import('../../cms/payload.config.ts')])
  process.env.PAYLOAD_TS_OUTPUT_PATH = out
  try {
    await generateTypes(await config, { log: false })
  } finally {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
  }
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('../../cms/payload-types.ts', import.meta.url), 'utf8'))
})
