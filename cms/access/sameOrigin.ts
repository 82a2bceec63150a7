/**
 * Whether a request that changes content comes from the CMS's own pages. A browser sends the signed-in person's
 * session cookie with requests other sites make it send; it also names the page's origin, so a cookie-authenticated
 * request must carry this CMS's Origin. Scripts that authenticate with a token (the Authorization header) are not
 * sent by a browser on someone's behalf and need none, but a foreign Origin is refused for them too.
 */
import type { PayloadRequest } from 'payload'

/** Why the request must be refused as coming from elsewhere, or undefined. */
export function foreignOriginProblem(req: PayloadRequest): string | undefined {
  const origin = req.headers.get('origin')
  const byCookie = !req.headers.get('authorization')
  if (!origin) return byCookie ? 'The request names no Origin: changes are accepted from the CMS pages only.' : undefined
  if (isOwnOrigin(req, origin)) return undefined
  return `The request comes from ${origin}, not from this CMS: changes are accepted from the CMS pages only.`
}

/** Whether an origin is the CMS's public one (CMS_PUBLIC_URL), or without it, the host the request was sent to. */
function isOwnOrigin(req: PayloadRequest, origin: string): boolean {
  if (process.env.CMS_PUBLIC_URL) return origin === new URL(process.env.CMS_PUBLIC_URL).origin
  const host = req.headers.get('host')
  return URL.canParse(origin) && host !== null && new URL(origin).host === host
}
