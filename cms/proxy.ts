import { NextResponse, type NextRequest } from 'next/server'
import { securityHeaders } from './http/securityHeaders.ts'

/**
 * Every request gets a fresh script nonce, handed to Next.js in the request's Content-Security-Policy (it marks its
 * own scripts with it) and sent to the browser with the other security headers.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const headers = securityHeaders(nonce)
  const forwarded = new Headers(request.headers)
  forwarded.set('x-nonce', nonce)
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']!)
  const response = NextResponse.next({ request: { headers: forwarded } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
