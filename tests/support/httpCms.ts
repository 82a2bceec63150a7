/**
 * A real CMS over HTTP for one test file: `startCms` on a free port and a fresh data folder, the first admin, and
 * helpers that call the REST API as anonymous, with a token, or with a session cookie.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCms, type RunningCms } from '../../scripts/lib/cmsServer.ts'
import type { Json } from './json.ts'

export const admin = { email: 'admin@example.org', password: 'Sawasdee-Krung-2026' }

export interface Answer {
  status: number
  body: Json
  headers: Headers
}

export interface HttpCms {
  cms: RunningCms
  dataDir: string
  /** Calls the CMS; `json` is sent as a JSON body, `token` as `Authorization: JWT ...`. */
  api(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Answer>
  /** Signs in and returns the session token. */
  login(user: { email: string; password: string }): Promise<string>
  /** Creates a member of staff (as the admin) and returns their session token. */
  staff(email: string, role: 'admin' | 'editor' | 'translator' | 'bma-reader', extra?: object): Promise<string>
}

export async function openHttpCms(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'bma-http-'))): Promise<HttpCms> {
  const cms = await startCms({
    quiet: true,
    env: { DATA_DIR: dataDir, SEED_CONTENT: 'false', JOB_RUNNER: 'off', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ...env },
  })
  const api: HttpCms['api'] = async (path, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.json !== undefined) headers.set('Content-Type', 'application/json')
    const response = await fetch(`${cms.url}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers }
  }
  const login: HttpCms['login'] = async (user) => {
    const { status, body } = await api('/api/users/login', { method: 'POST', json: user })
    if (status !== 200) throw new Error(`sign-in of ${user.email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token as string
  }
  const adminToken = await login(admin)
  const staff: HttpCms['staff'] = async (email, role, extra = {}) => {
    const password = `Lumphini-Park-${email.length}-Sawasdee`
    const created = await api('/api/users', { method: 'POST', token: adminToken, json: { email, password, role, ...extra } })
    if (created.status !== 201) throw new Error(`creating ${email} failed: ${created.status} ${JSON.stringify(created.body)}`)
    return login({ email, password })
  }
  return { cms, dataDir, api, login, staff }
}
