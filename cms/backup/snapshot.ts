/**
 * What makes a backup consistent while editors keep working: it reads the database as it was at one instant.
 * On SQLite, a copy of the database file made by `VACUUM INTO` (one read transaction; with write-ahead logging,
 * writers carry on meanwhile) is what the backup then reads. On MongoDB, the reads run in one transaction with
 * snapshot read concern (a replica set is needed; a standalone server has no transactions).
 */
import { DatabaseSync } from 'node:sqlite'
import { createLocalReq, type BeginTransaction, type Payload, type PayloadRequest } from 'payload'

/** Copies the SQLite database at `file` as it is at this instant to `to` (which must not exist). */
export function copySqliteSnapshot(file: string, to: string): void {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    db.exec(`VACUUM INTO '${to.replaceAll("'", "''")}'`)
  } finally {
    db.close()
  }
}

/**
 * Runs `work` with a request whose reads see one snapshot of a MongoDB replica set; elsewhere (SQLite reading its
 * snapshot copy, or a standalone MongoDB) with a plain request, and says which.
 */
export async function withSnapshotReads<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<{ result: T; pointInTime: boolean }> {
  const req = await createLocalReq({}, payload)
  // The adapter chosen at start: its transactions take adapter-specific options (a read concern on MongoDB).
  const begin: BeginTransaction = payload.db.beginTransaction.bind(payload.db)
  const id = payload.db.name === 'mongoose' ? await begin({ readConcern: { level: 'snapshot' } }) : null
  if (!id) return { result: await work(req), pointInTime: payload.db.name === 'sqlite' }
  req.transactionID = id
  try {
    return { result: await work(req), pointInTime: true }
  } finally {
    // Nothing was written: the transaction only held the snapshot.
    await payload.db.rollbackTransaction(id)
  }
}
