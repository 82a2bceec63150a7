/**
 * One database transaction for a bulk write (an import, a restore, a TBX merge): all of it is stored or none. Payload
 * opens transactions through `initTransaction` where the adapter has them on (MongoDB on a replica set); its SQLite
 * adapter has them off (on, it would open one per operation, on a connection of its own each), so on SQLite the bulk
 * write opens one itself with the adapter's own transaction machinery. Written at once, it also stores far faster:
 * one commit instead of one synchronous commit per statement.
 */
import { beginTransaction } from '@payloadcms/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { holdingWrites } from '../sqlite/atomicWrites.ts'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

/** Runs `work` with a request whose writes are one transaction: committed when it resolves, rolled back when it throws. */
export async function inOneTransaction<T>(payload: Payload, context: RequestContext, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const sqlite = payload.db.name === 'sqlite' ? (payload.db as unknown as SQLiteAdapter) : undefined
  // The other writes of this process wait meanwhile rather than find SQLite locked (cms/sqlite/atomicWrites.ts).
  return sqlite ? holdingWrites(sqlite, () => transact(payload, context, work, sqlite)) : transact(payload, context, work)
}

async function transact<T>(payload: Payload, context: RequestContext, work: (req: PayloadRequest) => Promise<T>, sqlite?: SQLiteAdapter): Promise<T> {
  const req = await createLocalReq({ context }, payload)
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
 * than fail) and the synchronous mode. The other writes of this process wait for the transaction's end meanwhile
 * (`holdingWrites`): on the new connection they would find SQLite locked by the transaction this thread must finish.
 */
async function restoreConnectionSettings(sqlite: SQLiteAdapter): Promise<void> {
  if (sqlite.busyTimeout > 0) await sqlite.client.execute(`PRAGMA busy_timeout = ${sqlite.busyTimeout}`)
  if (sqlite.wal) await sqlite.client.execute(`PRAGMA synchronous = ${sqlite.wal.synchronous}`)
}
