/**
 * Agreement expiry reminders: the job raises one notice per agreement and threshold (180, 90, 30 days, past expiry
 * while in force) however often it runs, resolves those that no longer apply, and e-mails each once to the editors in
 * their own admin language, through Payload's nodemailer adapter and a real SMTP server on 127.0.0.1 that records
 * every message. A server that is down leaves the notice to be mailed on a later run.
 */
import type { Payload } from 'payload'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/cmsServer.ts'
import { isoDay } from '../../cms/dashboard/overview.ts'
import { raiseReminders } from '../../cms/reminders/raiseReminders.ts'
import { openTestCms, password } from '../support/localCms.ts'
import { paragraph } from '../../cms/bundle/richText.ts'

interface Mail {
  to: string
  subject: string
  text: string
}
const mails: Mail[] = []
let smtp: SMTPServer
let port: number
let payload: Payload

function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          for (const to of session.envelope.rcptTo) mails.push({ to: to.address, subject: mail.subject ?? '', text: mail.text ?? '' })
          done()
        })
        .catch(done)
    },
  })
  return new Promise((done) => smtp.listen(port, '127.0.0.1', done))
}
const stopSmtp = () => new Promise<void>((done) => smtp.close(() => done()))

const today = new Date('2027-01-10T03:00:00Z')
const inDays = (days: number) => isoDay(new Date(today.getTime() + days * 24 * 60 * 60 * 1000))
const later = (days: number) => new Date(today.getTime() + days * 24 * 60 * 60 * 1000)
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  port = await freePort()
  await startSmtp()
  ;({ payload } = await openTestCms({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), EMAIL_FROM: 'cms@bangkok.example' }))
  await payload.create({ collection: 'users', data: { email: 'editor-en@example.org', password, role: 'editor', language: 'en' } })
  const city = await payload.create({
    collection: 'cities',
    locale: 'th',
    data: {
      slug: 'fukuoka',
      name: 'ฟุกุโอกะ',
      country: 'JP',
      relationship: 'sister-city',
      summary: 'สรุป',
      body: paragraph('เนื้อหา'),
      _status: 'published',
    },
  })
  const agreement = async (slug: string, status: string, expires: string) => {
    const doc = await payload.create({
      collection: 'agreements',
      locale: 'th',
      data: {
        slug,
        title: `ความตกลง ${slug}`,
        kind: 'mou',
        status: status as 'in-force',
        signed: '2020-01-01',
        expires,
        partners: [{ relationTo: 'cities', value: city.id as number }],
        visibility: 'public',
        _status: 'published',
      },
    })
    ids[slug] = doc.id
  }
  await agreement('in-100-days', 'in-force', inDays(100))
  await agreement('in-20-days', 'in-force', inDays(20))
  await agreement('past-expiry', 'in-force', inDays(-10))
  await agreement('far-away', 'in-force', inDays(400))
  await agreement('already-expired', 'expired', inDays(-10))
  await agreement('year-only', 'in-force', '2027')
})

afterAll(async () => {
  await stopSmtp()
})

const waitForMails = async (count: number) => {
  for (let i = 0; i < 100 && mails.length < count; i++) await new Promise((r) => setTimeout(r, 100))
}

describe('agreement reminders', () => {
  it('raise one notice per due agreement, at the most urgent threshold reached, and mail each to every editor once', async () => {
    const run = await raiseReminders(payload, { today })
    expect(run.raised.sort()).toEqual(
      [
        `${ids['in-100-days']}:180:${inDays(100)}`,
        `${ids['in-20-days']}:30:${inDays(20)}`,
        `${ids['past-expiry']}:expired:${inDays(-10)}`,
        `${ids['year-only']}:expired:2027`,
      ].sort(),
    )
    await waitForMails(8)
    expect(mails).toHaveLength(8)
    expect(new Set(mails.map((m) => m.to))).toEqual(new Set(['editor@example.org', 'editor-en@example.org']))
    const thai = mails.find((m) => m.to === 'editor@example.org' && m.subject.includes('in-20-days'))!
    expect(thai.subject).toContain('ความตกลงใกล้หมดอายุ')
    expect(thai.text).toContain('ฟุกุโอกะ')
    expect(thai.text).toContain(`/admin/collections/agreements/${ids['in-20-days']}`)
    const english = mails.find((m) => m.to === 'editor-en@example.org' && m.subject.includes('in-20-days'))!
    expect(english.subject).toMatch(/^Agreement expiring: .* \(expires within 30 days \(in 20 days\)\)$/)
  })

  it('raise and mail nothing again on the same day, however often the job runs', async () => {
    const before = mails.length
    for (let i = 0; i < 3; i++) expect(await raiseReminders(payload, { today })).toEqual({ raised: [], emailed: [], resolved: [] })
    expect(mails.length).toBe(before)
    expect((await payload.count({ collection: 'reminders' })).totalDocs).toBe(4)
  })

  it('raise the next threshold when it is reached, and resolve the one before', async () => {
    const run = await raiseReminders(payload, { today: later(15) })
    expect(run.raised).toEqual([`${ids['in-100-days']}:90:${inDays(100)}`])
    expect(run.resolved).toEqual([`${ids['in-100-days']}:180:${inDays(100)}`])
  })

  it('resolve the notice of an agreement renewed, and raise none for its new expiry far away', async () => {
    await payload.update({ collection: 'agreements', id: ids['past-expiry']!, locale: 'th', data: { expires: inDays(800) } })
    const run = await raiseReminders(payload, { today: later(15) })
    expect(run.resolved).toEqual([`${ids['past-expiry']}:expired:${inDays(-10)}`])
    expect(run.raised).toEqual([])
  })

  it('keep a notice whose e-mail failed, and mail it on a later run once the server is back', async () => {
    await stopSmtp()
    const before = mails.length
    const down = await raiseReminders(payload, { today: later(75) })
    // 75 days on, the first agreement is within 30 days and the second past its expiry.
    expect(down.raised.sort()).toEqual([`${ids['in-100-days']}:30:${inDays(100)}`, `${ids['in-20-days']}:expired:${inDays(20)}`].sort())
    expect(down.emailed).toEqual([])
    const [notice] = (await payload.find({ collection: 'reminders', where: { key: { equals: down.raised[0] } } })).docs
    expect(notice!.emailError).toBeTruthy()
    expect(notice!.emailAttempts).toBe(1)
    await startSmtp()
    const back = await raiseReminders(payload, { today: later(75) })
    expect(back.raised).toEqual([])
    expect(back.emailed.sort()).toEqual(down.raised.sort())
    await waitForMails(before + 4)
    expect(mails.length).toBe(before + 4)
  })

  it('run through the jobs queue: the schedule queues the task once, and the task raises what is due', async () => {
    await payload.jobs.handleSchedules({ allQueues: true })
    await payload.jobs.handleSchedules({ allQueues: true })
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'agreementReminders' } } })
    expect(queued.totalDocs).toBe(1)
    await payload.jobs.queue({ task: 'agreementReminders', queue: 'reminders', input: {} })
    await payload.jobs.run({ queue: 'reminders' })
    expect((await payload.count({ collection: 'reminders', where: { resolvedAt: { exists: false } } })).totalDocs).toBeGreaterThan(0)
  })
})
