/**
 * The reminders job: every agreement in force whose expiry has reached a threshold gets one notice per threshold
 * (the unique `key` in the database makes a second run, or a second instance, raise nothing new), and each notice is
 * e-mailed once to the editors, in each one's admin language, when SMTP is configured. Notices of agreements renewed
 * or no longer in force are resolved.
 */
import type { Payload, TaskConfig } from 'payload'
import { textIn, type Language } from '../i18n/translate.ts'
import { isoDay } from '../dashboard/overview.ts'
import { emailConfigured } from './email.ts'
import { daysUntil, thresholdReached, type ReminderThreshold } from './thresholds.ts'

interface Notice {
  id: number | string
  key: string
  agreement: number | string | { id: number | string }
  threshold: ReminderThreshold
  expires: string
  emailedAt?: string | null
  emailAttempts?: number | null
}

interface AgreementRow {
  id: number | string
  title?: string
  status?: string
  expires?: string
}

const maxEmailAttempts = 5
export const reminderKey = (agreement: number | string, threshold: ReminderThreshold, expires: string) => `${agreement}:${threshold}:${expires}`
const idOf = (value: Notice['agreement']) => (typeof value === 'object' ? value.id : value)

/** Whether an insert failed on the unique key: another run raised the same notice first. */
const isDuplicate = (error: unknown) => /unique|duplicate|already/i.test(String((error as Error)?.message ?? error))

export interface ReminderRun {
  raised: string[]
  emailed: string[]
  resolved: string[]
}

export async function raiseReminders(payload: Payload, { today = new Date() } = {}): Promise<ReminderRun> {
  const day = isoDay(today)
  const run: ReminderRun = { raised: [], emailed: [], resolved: [] }
  const { docs } = await payload.find({
    collection: 'agreements',
    where: { and: [{ status: { equals: 'in-force' } }, { expires: { exists: true } }] },
    locale: 'th',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, status: true, expires: true },
  })
  const agreements = new Map((docs as AgreementRow[]).map((a) => [String(a.id), a]))
  const due = new Set<string>()
  for (const agreement of agreements.values()) {
    const threshold = agreement.expires ? thresholdReached(agreement.expires, day) : undefined
    if (!threshold) continue
    const key = reminderKey(agreement.id, threshold, agreement.expires!)
    due.add(key)
    const existing = await payload.count({ collection: 'reminders', where: { key: { equals: key } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    try {
      await payload.create({
        collection: 'reminders',
        overrideAccess: true,
        data: { key, agreement: agreement.id as number, threshold, expires: agreement.expires!, raisedAt: today.toISOString(), emailAttempts: 0 },
      })
      run.raised.push(key)
    } catch (error) {
      if (!isDuplicate(error)) throw error
    }
  }

  // Open notices: resolved once they no longer apply, e-mailed once while they do.
  const { docs: open } = await payload.find({
    collection: 'reminders',
    where: { resolvedAt: { exists: false } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const notice of open as Notice[]) {
    if (!due.has(notice.key)) {
      await payload.update({ collection: 'reminders', id: notice.id, overrideAccess: true, data: { resolvedAt: today.toISOString() } })
      run.resolved.push(notice.key)
    }
  }
  if (!emailConfigured()) return run
  // Read after this run's inserts, so the new notices are among them.
  const pending = (open as Notice[]).filter((n) => due.has(n.key) && !n.emailedAt && (n.emailAttempts ?? 0) < maxEmailAttempts)
  if (pending.length === 0) return run
  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const notice of pending) {
    const agreement = agreements.get(String(idOf(notice.agreement)))
    if (!agreement) continue
    try {
      for (const editor of editors as { email: string; language?: Language | null }[]) {
        const language: Language = editor.language === 'en' ? 'en' : 'th'
        const message = await reminderMessage(payload, agreement, notice, day, language)
        await payload.sendEmail({ to: editor.email, subject: message.subject, text: message.text })
      }
      await payload.update({
        collection: 'reminders',
        id: notice.id,
        overrideAccess: true,
        data: { emailedAt: new Date().toISOString(), emailAttempts: (notice.emailAttempts ?? 0) + 1, emailError: null },
      })
      run.emailed.push(notice.key)
    } catch (error) {
      payload.logger.error(`Reminder ${notice.key}: the e-mail could not be sent: ${(error as Error).message}`)
      await payload.update({
        collection: 'reminders',
        id: notice.id,
        overrideAccess: true,
        data: { emailAttempts: (notice.emailAttempts ?? 0) + 1, emailError: (error as Error).message },
      })
    }
  }
  return run
}

/** The reminder e-mail in the recipient's language, naming the agreement, its expiry, its partners and its page. */
async function reminderMessage(payload: Payload, agreement: AgreementRow, notice: Notice, today: string, language: Language) {
  const full = await payload.findByID({ collection: 'agreements', id: agreement.id, depth: 1, overrideAccess: true, locale: language, fallbackLocale: 'th' })
  const partners = ((full.partners ?? []) as { value?: { name?: string } | number }[])
    .map((p) => (typeof p.value === 'object' ? p.value?.name : undefined))
    .filter(Boolean)
    .join(', ')
  const days = daysUntil(notice.expires, today)
  const when =
    notice.threshold === 'expired'
      ? textIn(language, 'threshold_expired')
      : `${textIn(language, `threshold_${notice.threshold}`)} (${textIn(language, 'daysLeft', { days })})`
  const title = String(full.title ?? agreement.title ?? agreement.id)
  const origin = process.env.CMS_PUBLIC_URL || payload.config.serverURL || ''
  const vars = { title, when, expires: notice.expires, partners: partners || '-', url: `${origin}/admin/collections/agreements/${agreement.id}` }
  return { subject: textIn(language, 'reminderSubject', vars), text: textIn(language, 'reminderBody', vars) }
}

export const agreementRemindersTask: TaskConfig = {
  slug: 'agreementReminders',
  label: 'Agreement expiry reminders',
  // Daily at 00:00 UTC (07:00 in Bangkok); a missed day is caught up on the next run, since notices are by threshold.
  schedule: [{ cron: '0 0 * * *', queue: 'reminders' }],
  handler: async ({ req }) => {
    const run = await raiseReminders(req.payload)
    return { output: { raised: run.raised.length, emailed: run.emailed.length, resolved: run.resolved.length } }
  },
  outputSchema: [
    { name: 'raised', type: 'number' },
    { name: 'emailed', type: 'number' },
    { name: 'resolved', type: 'number' },
  ],
}
