import { maxJsonBodyBytes, maxJsonNesting, maxUploadBytes, multipartOverheadBytes } from '../api/limits.ts'

/**
 * Checks a request before Payload reads it: a body larger than its limit (JSON small, an upload MAX_UPLOAD_BYTES) is
 * refused with 413 as soon as that is known, and a body or query that is not valid JSON, or nests deeper than any
 * real content does, with 400. Payload would otherwise read any size into memory and answer such input with a 500.
 */
type Handler<C> = (request: Request, context: C) => Promise<Response>

const refuse = (status: 400 | 413, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Depth of brackets and braces outside strings; stops counting as soon as the limit is passed. */
export function nestingDepth(text: string, limit = maxJsonNesting): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91 || c === 40) {
      deepest = Math.max(deepest, ++depth)
      if (deepest > limit) return deepest
    } else if (c === 125 || c === 93 || c === 41) depth--
  }
  return deepest
}

function checkJson(text: string, what: string): Response | undefined {
  if (nestingDepth(text) > maxJsonNesting) return refuse(400, `${what} is nested more than ${maxJsonNesting} levels deep.`)
  try {
    JSON.parse(text)
  } catch (error) {
    return refuse(400, `${what} is not valid JSON (${(error as Error).message}).`)
  }
  return undefined
}

/** Reads a body stream, giving up (undefined) once it passes the limit. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

async function check(request: Request): Promise<Request | Response> {
  const params = new URL(request.url).searchParams
  for (const name of ['where', 'data']) {
    const value = params.get(name)
    if (value) {
      const problem = checkJson(value, `The ${name} parameter`)
      if (problem) return problem
    }
  }
  if (!request.body || !['POST', 'PATCH', 'PUT'].includes(request.method)) return request
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const multipart = type.startsWith('multipart/')
  const limit = multipart ? maxUploadBytes() + multipartOverheadBytes : maxJsonBodyBytes
  const tooLarge = () =>
    refuse(
      413,
      multipart
        ? `The upload is larger than ${maxUploadBytes()} bytes (MAX_UPLOAD_BYTES); make the file smaller.`
        : `The request body is larger than ${maxJsonBodyBytes} bytes; a JSON body may hold at most that much. Send less at a time.`,
    )
  if (Number(request.headers.get('content-length') ?? 0) > limit) return tooLarge()
  const bytes = await readAtMost(request.body, limit)
  if (!bytes) return tooLarge()
  const copy = new Request(request.url, { method: request.method, headers: request.headers, body: bytes as BodyInit, signal: request.signal })
  if (type === 'application/json') {
    const text = new TextDecoder().decode(bytes)
    const problem = checkJson(text, 'The request body')
    if (problem) return problem
    const body = JSON.parse(text) as unknown
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return refuse(400, 'The request body must be a JSON object ({"field": value, ...}).')
    const query = (body as { query?: unknown }).query
    if (typeof query === 'string' && nestingDepth(query) > maxJsonNesting)
      return refuse(400, `The GraphQL query is nested more than ${maxJsonNesting} levels deep.`)
  } else if (multipart) {
    let form: FormData
    try {
      form = await copy.clone().formData()
    } catch {
      return refuse(400, 'The multipart body is malformed.')
    }
    const payload = form.get('_payload')
    if (typeof payload === 'string') {
      const problem = checkJson(payload, 'The _payload field')
      if (problem) return problem
      const data = JSON.parse(payload) as unknown
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse(400, 'The _payload field must be a JSON object.')
    }
  }
  return copy
}

/** Wraps a route handler with the checks above. */
export function guardRequest<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const checked = await check(request)
    return checked instanceof Response ? checked : handler(checked, context)
  }
}
