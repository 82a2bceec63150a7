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
  if (origin === ownOrigin(req)) return undefined
  return `The request comes from ${origin}, not from this CMS: changes are accepted from the CMS pages only.`
}

/** The CMS's public origin (CMS_PUBLIC_URL), or the one the request was addressed to. */
const ownOrigin = (req: PayloadRequest): string | undefined => (process.env.CMS_PUBLIC_URL ? new URL(process.env.CMS_PUBLIC_URL).origin : req.origin)
