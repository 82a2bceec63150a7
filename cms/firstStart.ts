import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { Payload } from 'payload'
import { collections } from '../content/schema/index.ts'
import { importBundle } from './bundle/importBundle.ts'

/**
 * A new installation sets itself up: the first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD (or gets a one-time
 * password printed once), and an empty database is seeded from the content bundle (CONTENT_DIR, default content/).
 * SEED_CONTENT=false skips the content.
 */
export async function seedFirstStart(payload: Payload): Promise<void> {
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0) await createFirstAdmin(payload)

  const dir = process.env.CONTENT_DIR ?? 'content'
  if (process.env.SEED_CONTENT === 'false' || !existsSync(dir)) return
  for (const collection of collections) {
    if ((await payload.count({ collection })).totalDocs > 0) return
  }
  payload.logger.info(`Empty database: importing the content bundle from ${dir}/ ...`)
  const summary = await importBundle(payload, dir)
  payload.logger.info(`Seeded: ${summary.created} created, ${summary.updated} updated, ${summary.media} media files.`)
}

async function createFirstAdmin(payload: Payload): Promise<void> {
  const email = process.env.ADMIN_EMAIL ?? 'admin@example.org'
  const generated = !process.env.ADMIN_PASSWORD
  const password = process.env.ADMIN_PASSWORD ?? `${randomBytes(12).toString('base64url')}7a`
  await payload.create({ collection: 'users', data: { email, password, name: 'Administrator', role: 'admin' } })
  if (generated) payload.logger.warn(`First admin created: ${email} with the one-time password ${password}\nSign in and change it now; it is not shown again.`)
  else payload.logger.info(`First admin created: ${email}`)
}
