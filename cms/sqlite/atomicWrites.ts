/**
 * Each database write on SQLite is all or nothing. Payload's SQLite adapter runs without transactions (on, it opens
 * one connection per operation, and two of one process then wait on each other's lock with the event loop blocked),
 * so every statement commits on its own: an entry being saved is for a moment its row without its texts (an update
 * deletes a document's locale rows, then inserts the new ones), and another process — a backup's snapshot, a deploy's
 * export — could read it so. Here each write call of the adapter (a document, a version, a job) runs in one
 * transaction on the adapter's own connection, one call at a time in this process; other processes' writers wait
 * for SQLite's lock (the busy timeout). Writes that belong to a transaction already (a bulk import's) run in it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { inTransaction } from '../inTransaction.ts'

const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const locks = new WeakMap<SQLiteAdapter, (work: () => Promise<unknown>) => Promise<unknown>>()

/** Runs `work` while no other write of this process runs on `adapter` (calls queue in order). */
export function holdingWrites<T>(adapter: SQLiteAdapter, work: () => Promise<T>): Promise<T> {
  const hold = locks.get(adapter)
  return hold ? (hold(work) as Promise<T>) : work()
}

export function atomicWrites(adapter: SQLiteAdapter): SQLiteAdapter {
  const writing = new AsyncLocalStorage<true>()
  let last: Promise<unknown> = Promise.resolve()
  const hold = (work: () => Promise<unknown>) => {
    const turn = last.then(() => writing.run(true, work))
    last = turn.catch(() => undefined)
    return turn
  }
  locks.set(adapter, hold)
  const run = (statement: string) => adapter.client.execute(statement)
  for (const name of writeMethods) {
    const write = adapter[name] as (args: { req?: { transactionID?: unknown } }) => Promise<unknown>
    Object.assign(adapter, {
      [name]: async (args: { req?: { transactionID?: unknown } }) => {
        // Inside a transaction or another write call (an upsert that updates), the outer one commits.
        if ((await inTransaction(adapter, args?.req)) || writing.getStore()) return write.call(adapter, args)
        return hold(async () => {
          await run('BEGIN IMMEDIATE')
          try {
            const result = await write.call(adapter, args)
            await run('COMMIT')
            return result
          } catch (error) {
            // After some failures (a full disk, an interrupted statement) SQLite has rolled back itself and
            // there is nothing left to roll back; the write's own error is the one to report.
            await run('ROLLBACK').catch(() => undefined)
            throw error
          }
        })
      },
    })
  }
  return adapter
}
