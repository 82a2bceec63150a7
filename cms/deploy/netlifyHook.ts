/**
 * Calls a Netlify build hook: POST with a title naming what changed. Network errors and 5xx answers are retried
 * with exponential backoff; a 4xx answer (a deleted or mistyped hook) fails at once. Throws when it gives up.
 */
export async function callBuildHook(url: string, title: string, { attempts, delayMs }: { attempts: number; delayMs: number }): Promise<{ attempts: number }> {
  const target = new URL(url)
  target.searchParams.set('trigger_title', title)
  let lastError = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response | undefined
    try {
      response = await fetch(target, { method: 'POST', signal: AbortSignal.timeout(20_000) })
    } catch (error) {
      lastError = `the build hook could not be reached (${String((error as Error).cause ?? (error as Error).message)})`
    }
    if (response?.ok) return { attempts: attempt }
    if (response) {
      lastError = `the build hook answered ${response.status} ${response.statusText}`.trim()
      if (response.status < 500) throw new Error(`${lastError}; check DEPLOY_HOOK_URL`)
    }
    if (attempt < attempts) await new Promise((done) => setTimeout(done, delayMs * 2 ** (attempt - 1)))
  }
  throw new Error(`Gave up after ${attempts} attempts: ${lastError}`)
}
