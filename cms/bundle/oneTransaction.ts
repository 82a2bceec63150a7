/**
 * One database transaction for a bulk write (an import, a restore, a TBX merge): all of it is stored or none. Payload
 * opens transactions through `initTransaction` where the adapter has them on (MongoDB on a replica set); its SQLite
 * adapter has them off (on, it would open one per operation, on a connection of its own each), so on SQLite the bulk
 * write opens one itself with the adapter's own transaction machinery. Written at once, it also stores far faster:
 * one commit instead of one synchronous commit per statement.
 */
import { beginTransaction } from '@payloadcms/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

/** Runs `work` with a request whose writes are one transaction: committed when it resolves, rolled back when it throws. */
export async function inOneTransaction<T>(payload: Payload, context: RequestContext, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  const sqlite = payload.db.name === 'sqlite' ? (payload.db as unknown as SQLiteAdapter) : undefined
  if (sqlite) req.transactionID = (await beginTransaction.call(sqlite, undefined)) ?? undefined
  else await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  } finally {
    if (sqlite) await restoreConnectionSettings(sqlite)
  }
}

/**
 * The SQLite client hands its connection to a transaction and opens a new one for everything else, without the
 * settings the adapter gave the first: the busy timeout (so that other processes' writers wait for the lock rather
 * than fail) and the synchronous mode. While the transaction is open the new connection has no timeout, so a
 * write of this process that is not part of it fails at once instead of blocking the thread the transaction needs.
 */
async function restoreConnectionSettings(sqlite: SQLiteAdapter): Promise<void> {
  if (sqlite.busyTimeout > 0) await sqlite.client.execute(`PRAGMA busy_timeout = ${sqlite.busyTimeout}`)
  if (sqlite.wal) await sqlite.client.execute(`PRAGMA synchronous = ${sqlite.wal.synchronous}`)
}
