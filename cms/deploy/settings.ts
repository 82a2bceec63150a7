/** How publishing redeploys the site, from the environment (see README.md, "Publishing"). */
export interface DeploySettings {
  target: 'netlify' | 'local'
  hookUrl?: string
  /** Changes closer together than this coalesce into one deploy. */
  quietMs: number
  retryAttempts: number
  retryDelayMs: number
}

export function deploySettings(env = process.env): DeploySettings {
  const hookUrl = env.DEPLOY_HOOK_URL || undefined
  return {
    target: hookUrl ? 'netlify' : 'local',
    hookUrl,
    quietMs: Number(env.DEPLOY_QUIET_MS ?? (hookUrl ? 60_000 : 10_000)),
    retryAttempts: Number(env.DEPLOY_RETRY_ATTEMPTS ?? 5),
    retryDelayMs: Number(env.DEPLOY_RETRY_DELAY_MS ?? 2_000),
  }
}
