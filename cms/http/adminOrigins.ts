/**
 * The origins the admin is served from, the only ones whose requests may use a session cookie (Payload's `csrf`):
 * CMS_PUBLIC_URL in production; without it, the loopback origins of the port this server listens on.
 */
export function adminOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.CMS_PUBLIC_URL) return [new URL(env.CMS_PUBLIC_URL).origin]
  const port = env.PORT ?? env.CMS_PORT ?? '3000'
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]
}

/** True when the admin is served over HTTPS: cookies are then `Secure`, and browsers are told to keep to HTTPS. */
export const servedOverHttps = (env: NodeJS.ProcessEnv = process.env) => (env.CMS_PUBLIC_URL ?? '').startsWith('https://')
