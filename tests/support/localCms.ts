/**
 * Opens a real CMS (Payload's Local API, real SQLite file in a fresh temporary folder) for one test file, with one
 * user per role. Vitest runs each test file in its own worker, so each file gets its own database.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types.ts'

/** A signed-in user as the Local API takes it (`user`), with the collection it belongs to. */
export type StaffUser = User & { collection: 'users' }

export interface Staff {
  admin: StaffUser
  editor: StaffUser
  translator: StaffUser
}

export const password = 'Correct-horse-42-battery'

export async function openTestCms(env: Record<string, string> = {}): Promise<{ payload: Payload; dataDir: string; staff: Staff }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bma-cms-'))
  Object.assign(process.env, { DATA_DIR: dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: password }, env)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config.ts')])
  const payload = await getPayload({ config })
  const user = async (role: User['role'], extra: Partial<User> = {}): Promise<StaffUser> => {
    const email = `${role}@example.org`
    const existing = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    const doc = existing.docs[0] ?? (await payload.create({ collection: 'users', data: { email, password, role, ...extra } }))
    return { ...doc, collection: 'users' }
  }
  const staff = { admin: await user('admin'), editor: await user('editor'), translator: await user('translator', { translatorLocales: ['en', 'ja'] }) }
  return { payload, dataDir, staff }
}

/** The CMS suites' bundle: every field kind, internal data, a draft, media, a document. */
export const cmsBundle = join(import.meta.dirname, '../fixtures/cms-bundle')
