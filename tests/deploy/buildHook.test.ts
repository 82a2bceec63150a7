/**
 * Publishing redeploys the site through the Netlify build hook: a real CMS (Local API, SQLite, its own job runner)
 * and a real local HTTP server standing in for Netlify's endpoint.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { openTestCms, type Staff } from '../support/localCms.ts'
import { startFakeBuildHook, type FakeBuildHook } from '../support/fakeBuildHook.ts'
import { waitFor } from '../support/waitFor.ts'
import { paragraph } from '../../cms/bundle/richText.ts'
import type { Deploy } from '../../cms/payload-types.ts'

const quietMs = 1500
let payload: Payload
let staff: Staff
let hook: FakeBuildHook

const asEditor = () => ({ overrideAccess: false, user: staff.editor })
let counter = 0

async function publishTerm(slug = `term-${++counter}`) {
  return payload.create({
    collection: 'glossary',
    locale: 'th',
    data: { slug, term: `คำ ${slug}`, definition: paragraph('นิยาม'), _status: 'published' },
    ...asEditor(),
  })
}

const deploys = async () => (await payload.find({ collection: 'deploys', sort: 'queuedAt', limit: 1000, depth: 0 })).docs as Deploy[]
/** Waits until no deploy is queued or building, then a little longer to be sure nothing more comes. */
async function settled() {
  await waitFor(async () => (await deploys()).every((d) => d.state === 'live' || d.state === 'failed'), { timeout: 60_000, message: 'deploys to finish' })
  await new Promise((done) => setTimeout(done, quietMs + 500))
}

beforeAll(async () => {
  hook = await startFakeBuildHook()
  ;({ payload, staff } = await openTestCms({
    JOB_RUNNER: 'on',
    JOB_RUNNER_INTERVAL_MS: '200',
    DEPLOY_HOOK_URL: hook.url,
    DEPLOY_QUIET_MS: String(quietMs),
    DEPLOY_RETRY_ATTEMPTS: '4',
    DEPLOY_RETRY_DELAY_MS: '200',
  }))
  // What Netlify would build at the moment of the call: the public snapshot of the database.
  hook.onCall = async (call) => {
    const out = await mkdtemp(join(tmpdir(), 'bma-hook-snapshot-'))
    call.snapshot = (await exportBundle(payload, out)).glossary.map((t) => t.slug)
  }
})

afterAll(async () => {
  await hook?.close()
})

beforeEach(async () => {
  await settled()
  hook.reset()
})

describe('publishing through the Netlify build hook', () => {
  it('one publish -> one call, titled with what changed, and the deploy is live', async () => {
    const term = await publishTerm()
    await settled()
    expect(hook.calls).toHaveLength(1)
    expect(hook.calls[0]!.title).toBe(`Publish glossary/${term.slug}`)
    const [latest] = (await deploys()).slice(-1)
    expect(latest).toMatchObject({ state: 'live', target: 'netlify', attempts: 1 })
    expect(latest!.changes?.[0]).toMatchObject({ collection: 'glossary', slug: term.slug, action: 'publish', by: 'editor@example.org' })
    expect(latest!.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('50 publishes in 5 s -> at most 2 calls, and the final snapshot contains all 50', async () => {
    const slugs: string[] = []
    const started = Date.now()
    for (let i = 0; i < 50; i++) {
      // One publish every 100 ms: 50 in 5 s (later if the machine is slower than that).
      await new Promise((done) => setTimeout(done, Math.max(0, started + i * 100 - Date.now())))
      slugs.push((await publishTerm(`burst-${i}`)).slug as string)
    }
    await settled()
    expect(hook.calls.length).toBeGreaterThanOrEqual(1)
    expect(hook.calls.length).toBeLessThanOrEqual(2)
    const finalSnapshot = hook.calls.at(-1)!.snapshot as string[]
    for (const slug of slugs) expect(finalSnapshot).toContain(slug)
  })

  it('a hook that is down, then up, is retried with backoff and succeeds', async () => {
    hook.failNext(2, 503)
    await publishTerm()
    await settled()
    expect(hook.calls).toHaveLength(3)
    // Exponential backoff from 200 ms: each wait at least its scheduled delay (a busy machine only makes waits longer).
    expect(hook.calls[1]!.at - hook.calls[0]!.at).toBeGreaterThanOrEqual(200)
    expect(hook.calls[2]!.at - hook.calls[1]!.at).toBeGreaterThanOrEqual(400)
    expect((await deploys()).at(-1)).toMatchObject({ state: 'live', attempts: 3 })
  })

  it('a hook failing for good ends as a failed deploy with the error, not silently', async () => {
    hook.failAlways(500)
    await publishTerm()
    await settled()
    expect(hook.calls).toHaveLength(4)
    const failed = (await deploys()).at(-1)!
    expect(failed.state).toBe('failed')
    expect(failed.error).toMatch(/Gave up after 4 attempts: the build hook answered 500/)
  })

  it('an unreachable hook is retried and reported', async () => {
    process.env.DEPLOY_HOOK_URL = 'http://127.0.0.1:9/build_hooks/nothing-listens-here'
    try {
      await publishTerm()
      await settled()
      expect((await deploys()).at(-1)).toMatchObject({ state: 'failed', error: expect.stringMatching(/could not be reached/) })
    } finally {
      process.env.DEPLOY_HOOK_URL = hook.url
    }
  })

  it('a draft save, or a change to internal fields only, makes no call', async () => {
    const before = (await deploys()).length
    const term = await publishTerm()
    await settled()
    hook.reset()
    await payload.update({
      collection: 'glossary',
      id: term.id,
      locale: 'th',
      data: { internalNote: 'only staff see this', reviewStatus: 'approved', _status: 'published' },
      ...asEditor(),
    })
    await payload.update({ collection: 'glossary', id: term.id, locale: 'th', draft: true, data: { term: 'ร่างใหม่', _status: 'draft' }, ...asEditor() })
    await payload.create({
      collection: 'glossary',
      locale: 'th',
      draft: true,
      data: { slug: `draft-${++counter}`, term: 'ร่าง', definition: paragraph('ร่าง'), _status: 'draft' },
      ...asEditor(),
    })
    await settled()
    expect(hook.calls).toHaveLength(0)
    expect((await deploys()).length).toBe(before + 1)
  })

  it('unpublishing, deleting and changing a published document each deploy', async () => {
    const term = await publishTerm()
    await settled()
    for (const change of [
      () => payload.update({ collection: 'glossary', id: term.id, locale: 'en', data: { term: 'English text', _status: 'published' }, ...asEditor() }),
      () => payload.update({ collection: 'glossary', id: term.id, locale: 'th', data: { _status: 'draft' }, ...asEditor() }),
      () => payload.update({ collection: 'glossary', id: term.id, locale: 'th', data: { _status: 'published' }, ...asEditor() }),
      () => payload.delete({ collection: 'glossary', id: term.id, ...asEditor() }),
    ]) {
      hook.reset()
      await change()
      await settled()
      expect(hook.calls).toHaveLength(1)
    }
    expect((await deploys()).slice(-4).map((d) => d.changes?.[0]?.action)).toEqual(['update', 'unpublish', 'publish', 'delete'])
  })

  it('a scheduled publish deploys when it comes due', async () => {
    const draft = await payload.create({
      collection: 'glossary',
      locale: 'th',
      draft: true,
      data: { slug: `scheduled-${++counter}`, term: 'ตั้งเวลา', definition: paragraph('ตั้งเวลา'), _status: 'draft' },
      ...asEditor(),
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'glossary', value: draft.id } },
      waitUntil: new Date(Date.now() + 1000),
    })
    await waitFor(() => hook.calls[0]?.snapshot, { timeout: 30_000, message: 'the scheduled publish to deploy' })
    expect(hook.calls[0]!.snapshot).toContain(draft.slug)
  })
})
