/**
 * In production the CMS logs one JSON object per line (pino), for a log collector: a command-line tool started with
 * NODE_ENV=production on a new database logs its migrations that way, and nothing in readable-colour form.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

describe('logs in production', () => {
  it('are JSON lines with level, time, service and message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bma-logs-'))
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dir }
    delete env.DATABASE_URL
    delete env.LOG_FORMAT
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/export-content.ts', '--out', join(dir, 'out')], { env })
    const logLines = stdout.split('\n').filter((line) => line.startsWith('{'))
    expect(logLines.length).toBeGreaterThan(3)
    for (const line of logLines) {
      expect(JSON.parse(line)).toMatchObject({
        level: expect.any(Number),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: 'bma-cms',
        msg: expect.any(String),
      })
    }
    expect(logLines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toContain('Migrating: 20261125_151454_initial')
    expect(stdout).not.toContain(String.fromCharCode(27))
  }, 300_000)
})
