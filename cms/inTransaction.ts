/**
 * Whether a request's writes belong to a database transaction that is open: one the adapter holds a session for.
 * Payload leaves a request the promise of a transaction the adapter did not begin (it resolves to null, or to an
 * empty object): that is none, and each write commits on its own.
 */
export async function inTransaction(db: { sessions?: Record<string, unknown> }, req: { transactionID?: unknown } | undefined): Promise<boolean> {
  const id = await req?.transactionID
  return (typeof id === 'string' || typeof id === 'number') && Boolean(db.sessions?.[id])
}
