/** When an agreement in force raises a reminder: 180, 90 and 30 days before it expires, and once it is past expiry. */
import { dateKey } from '../../content/schema/index.ts'

export const reminderThresholds = ['180', '90', '30', 'expired'] as const
export type ReminderThreshold = (typeof reminderThresholds)[number]

const day = 24 * 60 * 60 * 1000

/** Whole days from `today` (YYYY-MM-DD) to the day an expiry stands for (a year or month stands for its first day). */
export const daysUntil = (expires: string, today: string): number => Math.round((Date.parse(dateKey(expires)) - Date.parse(today)) / day)

/** The most urgent threshold an expiry has reached, or none yet: one notice per threshold, never three at once. */
export function thresholdReached(expires: string, today: string): ReminderThreshold | undefined {
  const days = daysUntil(expires, today)
  if (days < 0) return 'expired'
  if (days <= 30) return '30'
  if (days <= 90) return '90'
  if (days <= 180) return '180'
  return undefined
}
