import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { dataDir } from './paths.ts'

/**
 * PAYLOAD_SECRET signs sessions. Production sets it; the embedded default makes one on first start and keeps it
 * in .data/, so that sign-ins survive restarts without any configuration.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (process.env.DATABASE_URL?.startsWith('mongodb')) throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL points at MongoDB.')
  const file = resolve(dataDir(), 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}
