/**
 * The configuration a start needs, checked before anything starts: each problem is one line naming the variable and
 * the rule it breaks, so a typo in the environment reads as a sentence rather than a stack trace from deep inside.
 */
import { passwordWeakness } from '../../cms/collections/Users/hooks/requireStrongPassword.ts'
import { parseTrustedProxies } from './clientAddress.ts'

type Env = NodeJS.ProcessEnv
type Rule = (value: string, env: Env) => string | undefined

const loopback = (host: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(host)
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}
const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER): Rule =>
  (value) =>
    /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? undefined : `must be a whole number from ${min} to ${max}`
const oneOf =
  (...allowed: string[]): Rule =>
  (value) =>
    allowed.includes(value) ? undefined : `must be ${allowed.map((a) => `"${a}"`).join(' or ')}`

const rules: Record<string, Rule> = {
  DATABASE_URL: (value) => {
    if (value.startsWith('file:')) return value.length > 'file:'.length ? undefined : 'must name a file after "file:" (file:/path/cms.db)'
    const url = parseUrl(value)
    if (url && /^mongodb(\+srv)?:$/.test(url.protocol) && url.hostname) return undefined
    return 'must be mongodb://HOST/DATABASE (MongoDB) or file:/path/cms.db (SQLite)'
  },
  PAYLOAD_SECRET: (value) => (value.length >= 32 ? undefined : 'must be at least 32 characters long (e.g. `openssl rand -hex 32`)'),
  CMS_PUBLIC_URL: (value) => {
    const url = parseUrl(value)
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || value.endsWith('/'))
      return 'must be the admin’s origin alone, e.g. https://cms.example.org (no path, no trailing slash)'
    return url.protocol === 'https:' || loopback(url.hostname) ? undefined : 'must use https:// (http:// only for 127.0.0.1 or localhost)'
  },
  SITE_URL: (value) => {
    const url = parseUrl(value)
    return url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !value.endsWith('/')
      ? undefined
      : 'must be an origin, e.g. https://international.bangkok.go.th'
  },
  DEPLOY_HOOK_URL: (value) => {
    const url = parseUrl(value)
    if (!url || !/^https?:$/.test(url.protocol)) return 'must be the https:// address of the Netlify build hook'
    return url.protocol === 'https:' || loopback(url.hostname) ? undefined : 'must use https:// (http:// only for a hook on 127.0.0.1)'
  },
  ADMIN_EMAIL: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'must be an e-mail address'),
  ADMIN_PASSWORD: (value, env) => {
    const weakness = passwordWeakness(value, env.ADMIN_EMAIL ?? 'admin@example.org')
    return weakness ? `${weakness}${weakness.includes('e-mail') ? ` (ADMIN_EMAIL is ${env.ADMIN_EMAIL ?? 'admin@example.org'})` : ''}` : undefined
  },
  CMS_PORT: wholeNumber(1, 65535),
  SITE_PORT: (value, env) => wholeNumber(1, 65535)(value, env) ?? (value === (env.CMS_PORT ?? '3000') ? 'must differ from CMS_PORT' : undefined),
  MAX_UPLOAD_BYTES: wholeNumber(1),
  MAX_IMAGE_PIXELS: wholeNumber(1),
  DEPLOY_QUIET_MS: wholeNumber(0),
  DEPLOY_RETRY_ATTEMPTS: wholeNumber(1, 100),
  DEPLOY_RETRY_DELAY_MS: wholeNumber(0),
  PUBLIC_API_CACHE_SECONDS: wholeNumber(0, 3600),
  SEED_CONTENT: oneOf('true', 'false'),
  JOB_RUNNER: oneOf('on', 'off'),
  TRUSTED_PROXIES: (value) => {
    try {
      parseTrustedProxies(value)
      return undefined
    } catch (error) {
      return (error as Error).message.replace(/^TRUSTED_PROXIES /, '')
    }
  },
}

/** Every problem with the configuration, one line each (empty when it is fine). */
export function configurationProblems(env: Env = process.env): string[] {
  const problems: string[] = []
  for (const [name, rule] of Object.entries(rules)) {
    const value = env[name]
    if (value === undefined || value === '') continue
    const problem = rule(value, env)
    if (problem) problems.push(`${name} ${problem}.`)
  }
  if (env.DATABASE_URL?.startsWith('mongodb') && !env.PAYLOAD_SECRET) problems.push('PAYLOAD_SECRET must be set when DATABASE_URL points at MongoDB.')
  return problems
}

/** Stops the process with the problems, one line each, when the configuration is not usable. */
export function exitOnBadConfiguration(env: Env = process.env): void {
  const problems = configurationProblems(env)
  if (problems.length === 0) return
  for (const problem of problems) console.error(`Configuration error: ${problem}`)
  process.exit(1)
}
