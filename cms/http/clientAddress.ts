/**
 * The address of the client a request comes from. The CMS server (scripts/cms-server.ts) sets X-Forwarded-For to
 * exactly that address, from the connection itself or, behind a proxy named in TRUSTED_PROXIES, from what that proxy
 * forwarded; a client's own X-Forwarded-For never reaches the CMS.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
