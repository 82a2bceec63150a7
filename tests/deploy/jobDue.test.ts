/**
 * A publish's deploy starts at once, not at the job runner's next poll: a real CMS (Local API, SQLite) whose runner
 * polls only once a minute, and a real local HTTP server standing in for Netlify's build hook.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobDue } from '../../cms/deploy/jobDue.ts'
import { recordChange } from '../../cms/deploy/recordChange.ts'
import sharp from 'sharp'
import { paragraph } from '../../cms/bundle/richText.ts'
import type { Deploy } from '../../cms/payload-types.ts'
import { thaiCity } from '../support/entries.ts'
import { openTestCms, type Staff } from '../support/localCms.ts'
import { startFakeBuildHook, type FakeBuildHook } from '../support/fakeBuildHook.ts'
import { waitFor } from '../support/waitFor.ts'

const pollMs = 60_000
let payload: Payload
let staff: Staff
let hook: FakeBuildHook

const deploys = async () => (await payload.find({ collection: 'deploys', sort: 'queuedAt', limit: 100, depth: 0 })).docs as Deploy[]
const latest = async () => (await deploys()).at(-1)
const live = () => waitFor(async () => (await latest())?.state === 'live', { timeout: pollMs / 3, message: 'the deploy to go live before the next poll' })

beforeAll(async () => {
  hook = await startFakeBuildHook()
  ;({ payload, staff } = await openTestCms({
    JOB_RUNNER: 'on',
    JOB_RUNNER_INTERVAL_MS: String(pollMs),
    DEPLOY_HOOK_URL: hook.url,
    // Each test's change finds the last deploy long past, so its deploy is due at once (the leading edge).
    DEPLOY_QUIET_MS: '1',
  }))
})

afterAll(async () => {
  await hook?.close()
})

describe('a deploy due now', () => {
  it('a publish starts its deploy without waiting for the poll', async () => {
    const started = Date.now()
    await payload.create({
      collection: 'glossary',
      locale: 'th',
      data: { slug: 'due-now', term: 'คำที่เผยแพร่', definition: paragraph('นิยาม'), _status: 'published' },
      overrideAccess: false,
      user: staff.editor,
    })
    await live()
    expect(Date.now() - started).toBeLessThan(pollMs)
    expect(hook.calls).toHaveLength(1)
    expect(hook.calls[0]!.title).toBe('Publish glossary/due-now')
  })

  it('a change not yet committed waits for the poll, and starts when told it is due', async () => {
    await recordChange(payload, { collection: 'site', action: 'manual', by: 'a caller in a transaction' })
    // Not started within a few seconds: the runner was not woken (its next poll is a minute away).
    await new Promise((done) => setTimeout(done, 3_000))
    expect((await latest())?.state).toBe('queued')
    expect(hook.calls).toHaveLength(1)
    jobDue()
    await live()
    expect(hook.calls).toHaveLength(2)
  })

  it('new alternative text of an image published content shows starts a deploy at once; an upload alone none', async () => {
    const before = (await deploys()).length
    const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      locale: 'th',
      data: { alt: 'ภาพเมือง', visibility: 'public' },
      file: { name: 'city.png', data, mimetype: 'image/png', size: data.length },
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await deploys()).toHaveLength(before)
    await payload.create({
      collection: 'cities',
      locale: 'th',
      data: { ...thaiCity('with-cover'), image: image.id, _status: 'published' },
      overrideAccess: false,
      user: staff.editor,
    })
    await live()
    expect(hook.calls.at(-1)!.title).toBe('Publish cities/with-cover')
    await payload.update({ collection: 'media', id: image.id, locale: 'th', data: { alt: 'ภาพเมืองยามเย็น' }, overrideAccess: false, user: staff.editor })
    await live()
    expect(await deploys()).toHaveLength(before + 2)
    expect(hook.calls.at(-1)!.title).toBe('Media media/city.png')
  })
})
