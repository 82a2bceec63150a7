/**
 * The database lease (cms/deploy/lease.ts) on a real SQLite file: one holder at a time, renewals keep it, an
 * expired lease goes to the next asker, a released one at once, and many simultaneous askers get exactly one
 * holder. Holders here are named as other machines would be, so only expiry can hand a lease over.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseLease, thisInstance, withLease } from '../../cms/deploy/lease.ts'
import { openTestCms } from '../support/localCms.ts'

let payload: Payload
beforeAll(async () => {
  ;({ payload } = await openTestCms())
})

const lease = (name: string, holder: string, ttlMs = 60_000) => databaseLease(payload, name, { ttlMs, holder: `${holder}.example:1:x` })

describe('a lease in the database', () => {
  it('has one holder at a time; the holder renews it, others are refused', async () => {
    const [first, second] = [lease('one', 'a'), lease('one', 'b')]
    expect(await first.acquire()).toBe(true)
    expect(await second.acquire()).toBe(false)
    expect(await first.acquire()).toBe(true)
    expect(await second.acquire()).toBe(false)
  })

  it('goes to the next asker once it expires, and the old holder can no longer renew it', async () => {
    const [first, second] = [lease('two', 'a', 300), lease('two', 'b', 60_000)]
    expect(await first.acquire()).toBe(true)
    await new Promise((done) => setTimeout(done, 400))
    expect(await second.acquire()).toBe(true)
    expect(await first.acquire()).toBe(false)
  })

  it('is free at once when released, and a release by someone else changes nothing', async () => {
    const [first, second] = [lease('three', 'a'), lease('three', 'b')]
    expect(await first.acquire()).toBe(true)
    await second.release()
    expect(await second.acquire()).toBe(false)
    await first.release()
    expect(await second.acquire()).toBe(true)
  })

  it('has exactly one holder when many ask at the same moment, on a lease never used before', async () => {
    const askers = Array.from({ length: 12 }, (_, i) => lease('four', `host${i}`))
    const held = await Promise.all(askers.map((l) => l.acquire()))
    expect(held.filter(Boolean)).toHaveLength(1)
  })

  it('is taken over at once from an ended process of this machine, never from a process of another container', async () => {
    const [host, , space] = thisInstance.split(':')
    const ended = 2 ** 22 + 1 // above Linux's largest process number: no process has it
    const asThisMachine = databaseLease(payload, 'ended-here', { ttlMs: 60_000, holder: `${host}:${ended}:${space}:old` })
    const asOtherContainer = databaseLease(payload, 'other-container', { ttlMs: 60_000, holder: `${host}:${ended}:another-space:old` })
    expect(await asThisMachine.acquire()).toBe(true)
    expect(await asOtherContainer.acquire()).toBe(true)
    expect(await databaseLease(payload, 'ended-here', { ttlMs: 60_000 }).acquire()).toBe(true)
    expect(await databaseLease(payload, 'other-container', { ttlMs: 60_000 }).acquire()).toBe(false)
  })

  it('serialises critical sections across holders (withLease)', async () => {
    let inside = 0
    let most = 0
    const section = (holder: string) =>
      withLease(lease('five', holder, 5000), async () => {
        most = Math.max(most, ++inside)
        await new Promise((done) => setTimeout(done, 30))
        inside--
      })
    await Promise.all(Array.from({ length: 6 }, (_, i) => section(`host${i}`)))
    expect(most).toBe(1)
  })
})
