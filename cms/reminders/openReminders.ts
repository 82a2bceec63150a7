import type { Payload, PayloadRequest } from 'payload'
import { isOfficeStaff } from '../access/roles.ts'
import type { ReminderThreshold } from './thresholds.ts'

export interface OpenReminder {
  key: string
  agreementId: number | string
  title: string
  threshold: ReminderThreshold
  expires: string
}

const urgency: Record<ReminderThreshold, number> = { expired: 0, '30': 1, '90': 2, '180': 3 }

/** The reminders not yet resolved, the most urgent first, as the user may read them (the dashboard's notices). */
export async function openReminders(payload: Payload, user: PayloadRequest['user'], locale: 'th' | 'en'): Promise<OpenReminder[]> {
  if (!isOfficeStaff(user)) return []
  const { docs } = await payload.find({
    collection: 'reminders',
    where: { resolvedAt: { exists: false } },
    depth: 1,
    limit: 100,
    user,
    overrideAccess: false,
    locale,
    fallbackLocale: 'th',
  })
  return (docs as { key: string; agreement: { id: number | string; title?: string } | number; threshold: ReminderThreshold; expires: string }[])
    .filter((doc) => typeof doc.agreement === 'object')
    .map((doc) => {
      const agreement = doc.agreement as { id: number | string; title?: string }
      return { key: doc.key, agreementId: agreement.id, title: agreement.title ?? String(agreement.id), threshold: doc.threshold, expires: doc.expires }
    })
    .sort((a, b) => urgency[a.threshold] - urgency[b.threshold] || a.expires.localeCompare(b.expires))
}
