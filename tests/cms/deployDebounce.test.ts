/**
 * The deploy debounce (cms/deploy/recordChange.ts) with a fake clock: after a quiet spell the first change deploys at
 * once (leading edge); while a deploy is recent, changes gather in one queued deploy that waits until they have been
 * quiet for the window (trailing edge), so a burst makes at most two builds and the last holds every change.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { recordChange } from '../../cms/deploy/recordChange.ts'
import { openTestCms } from '../support/localCms.ts'

const quietMs = 60_000
let payload: Payload

beforeAll(async () => {
  ;({ payload } = await openTestCms({ DEPLOY_QUIET_MS: String(quietMs) }))
  // Only the clock is fake: the database and its timers run as they do.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T02:00:00.000Z') })
})

afterAll(() => {
  vi.useRealTimers()
})

const deploys = async () =>
  (await payload.find({ collection: 'deploys', sort: 'queuedAt', depth: 0, limit: 100 })).docs as {
    id: number
    state: string
    notBefore: string
    changeCount: number
    changes: { slug?: string }[]
  }[]
const publish = (slug: string) => recordChange(payload, { collection: 'glossary', slug, action: 'publish' })
const at = (ms: number) => new Date(Date.parse('2026-12-01T02:00:00.000Z') + ms).toISOString()

describe('the deploy debounce', () => {
  it('deploys the first change after a quiet spell at once', async () => {
    await publish('first')
    const [first] = await deploys()
    expect(first).toMatchObject({ state: 'queued', notBefore: at(0), changeCount: 1 })
  })

  it('gathers the changes made while a deploy builds into one, due once they have been quiet for the window', async () => {
    const [first] = await deploys()
    await payload.update({ collection: 'deploys', id: first!.id, data: { state: 'building', startedAt: at(0) } })
    vi.setSystemTime(Date.parse(at(1_000)))
    await publish('second')
    vi.setSystemTime(Date.parse(at(20_000)))
    await publish('third')
    const [, next, ...more] = await deploys()
    expect(more).toHaveLength(0)
    expect(next).toMatchObject({ state: 'queued', changeCount: 2, notBefore: at(20_000 + quietMs) })
    expect(next!.changes.map((c) => c.slug)).toEqual(['second', 'third'])
  })

  it('keeps later changes in that queued deploy rather than starting another', async () => {
    vi.setSystemTime(Date.parse(at(50_000)))
    await publish('fourth')
    const all = await deploys()
    expect(all).toHaveLength(2)
    expect(all[1]).toMatchObject({ changeCount: 3, notBefore: at(50_000 + quietMs) })
  })

  it('deploys at once again once the last deploy is past the window', async () => {
    const all = await deploys()
    for (const deploy of all) await payload.update({ collection: 'deploys', id: deploy.id, data: { state: 'live', startedAt: at(0) } })
    vi.setSystemTime(Date.parse(at(10 * quietMs)))
    await publish('fifth')
    const last = (await deploys()).at(-1)
    expect(last).toMatchObject({ state: 'queued', changeCount: 1, notBefore: at(10 * quietMs) })
  })
})
