import { randomBytes, pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type Payload } from 'payload'
import { clientAddress } from '../http/clientAddress.ts'
import { reqText } from '../i18n/translate.ts'
import type { User } from '../payload-types.ts'

/**
 * Sign-in throttling instead of a lockout anyone could trigger: failures count per account *and client* (a wrong
 * password from one client never keeps the account's owner out elsewhere) and per client (one client trying many
 * accounts). Attempts are kept in the database (the sign-in-attempts collection), so several CMS instances on one
 * database count together. Every refused sign-in, throttled or not, reads the same whether the account exists or not.
 */
export const throttle = {
  windowMs: 15 * 60 * 1000,
  /** Failures of one account from one client within the window. */
  perAccountAndClient: 5,
  /** Failures from one client, whatever the accounts, within the window. */
  perClient: 30,
}

const collection = 'sign-in-attempts'
const hashPassword = promisify(pbkdf2)

async function failuresSince(payload: Payload, key: string, since: Date): Promise<{ count: number; oldest?: string }> {
  const { docs, totalDocs } = await payload.find({
    collection,
    where: { and: [{ key: { equals: key } }, { createdAt: { greater_than: since.toISOString() } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  return { count: totalDocs, oldest: (docs[0] as { createdAt?: string } | undefined)?.createdAt }
}

const keys = (email: string, client: string) => ({ pair: `account:${email} client:${client}`, client: `client:${client}` })

/** Before a sign-in: refuse a throttled one (429), else count it as a failure until it succeeds. */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const payload = req.payload
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  const key = keys(email, clientAddress(req.headers))
  const now = Date.now()
  const since = new Date(now - throttle.windowMs)
  await payload.delete({ collection, where: { createdAt: { less_than: since.toISOString() } }, depth: 0 })
  for (const [which, limit] of [
    ['pair', throttle.perAccountAndClient],
    ['client', throttle.perClient],
  ] as const) {
    const { count, oldest } = await failuresSince(payload, key[which], since)
    if (count >= limit) {
      const waitMinutes = Math.max(1, Math.ceil((Date.parse(oldest ?? '') + throttle.windowMs - now) / 60_000))
      throw new APIError(
        reqText(req, 'signInThrottled', { minutes: waitMinutes, unit: waitMinutes === 1 ? 'minute' : 'minutes' }),
        429,
        { retryAfterMinutes: waitMinutes },
        true,
      )
    }
  }
  for (const value of [key.pair, key.client]) await payload.create({ collection, data: { key: value }, depth: 0 })
  req.context.signInKeys = key
  // An unknown account is answered after the same password hashing work as a known one, so timing tells nothing.
  const known = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (known.totalDocs === 0)
    await hashPassword(String((args as { data?: { password?: unknown } }).data?.password ?? ''), randomBytes(32), 25_000, 512, 'sha256')
  return args
}

/** After a successful sign-in: it was no failure, and the account's failures from this client are forgiven. */
export const forgiveSignIn: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  const key = req.context.signInKeys as ReturnType<typeof keys> | undefined
  if (key) {
    await req.payload.delete({ collection, where: { key: { equals: key.pair } }, req, depth: 0 })
    const { docs } = await req.payload.find({ collection, where: { key: { equals: key.client } }, sort: '-createdAt', limit: 1, depth: 0, req })
    if (docs[0]) await req.payload.delete({ collection, id: docs[0].id, req, depth: 0 })
  }
  return user
}
