/**
 * A lease in the database: at most one CMS instance holds a named lease at a time, and a lease its holder stops
 * renewing (the instance died or hung) expires, so another instance takes it over. Taking and renewing are one
 * conditional write ("set holder and expiry where the lease is mine or has expired"), atomic on every Payload
 * database adapter: one UPDATE ... WHERE on SQLite, one findOneAndUpdate on MongoDB.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, readlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import type { Payload, Where } from 'payload'

/**
 * The process numbers this process can see: the machine's boot and its PID namespace (on Linux), so that two
 * containers with the same host name never take each other's process numbers for their own.
 */
function processSpace(): string {
  const read = (get: () => string) => {
    try {
      return get()
    } catch {
      return ''
    }
  }
  const boot = read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim())
  const namespace = read(() => readlinkSync('/proc/self/ns/pid'))
  return createHash('sha1').update(`${hostname()} ${boot} ${namespace}`).digest('hex').slice(0, 12)
}

/** This process, as a lease holder: readable in the database, unique across restarts. */
export const thisInstance = `${hostname()}:${process.pid}:${processSpace()}:${randomUUID().slice(0, 8)}`

export interface Lease {
  /** Takes the lease if it is free or expired, or renews it if this instance holds it. True when held. */
  acquire(): Promise<boolean>
  /** Gives the lease up at once (when it is still this instance's). */
  release(): Promise<void>
}

export function databaseLease(payload: Payload, name: string, { ttlMs, holder = thisInstance }: { ttlMs: number; holder?: string }): Lease {
  const claim = async (condition: Where, expiresAt: Date) =>
    Boolean(
      await payload.db.updateOne({
        collection: 'leases',
        where: { and: [{ name: { equals: name } }, condition] },
        data: { holder, expiresAt: expiresAt.toISOString() },
        options: { atomic: true },
      }),
    )
  const mineOrExpired = (): Where => ({ or: [{ holder: { equals: holder } }, { expiresAt: { less_than: new Date().toISOString() } }] })

  return {
    async acquire() {
      if (await claim(mineOrExpired(), new Date(Date.now() + ttlMs))) return true
      const current = (await payload.db.findOne({ collection: 'leases', where: { name: { equals: name } } })) as { holder?: string } | null
      // A holder on this machine whose process has gone (a restart) need not be waited for.
      if (current?.holder && isDeadLocalProcess(current.holder)) return claim({ holder: { equals: current.holder } }, new Date(Date.now() + ttlMs))
      if (current) return false
      // The first use of this lease on a new database: create it (expired), then claim it like any other.
      try {
        await payload.db.create({ collection: 'leases', data: { name, holder: '', expiresAt: new Date(0).toISOString() } })
      } catch {
        // Another instance created it at the same moment (the name is unique): claim it as usual.
      }
      return claim(mineOrExpired(), new Date(Date.now() + ttlMs))
    },
    async release() {
      await claim({ holder: { equals: holder } }, new Date(0))
    },
  }
}

/** Whether a holder was a process this one can see (same machine, boot and PID namespace) that has ended. */
function isDeadLocalProcess(holder: string): boolean {
  const [, pid, space] = holder.split(':')
  if (space !== thisInstance.split(':')[2] || !Number(pid) || Number(pid) === process.pid) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Runs `work` while holding the lease, waiting (polling) while another instance holds it: a mutex across instances
 * for short critical sections. A holder that dies inside one blocks the others for at most the lease's time to live.
 */
export async function withLease<T>(lease: Lease, work: () => Promise<T>, { waitMs = 120_000, what = 'the lease' } = {}): Promise<T> {
  const deadline = Date.now() + waitMs
  while (!(await lease.acquire())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${waitMs / 1000} s: another CMS instance keeps it.`)
    await new Promise((done) => setTimeout(done, 20 + Math.random() * 40))
  }
  try {
    return await work()
  } finally {
    await lease.release()
  }
}
