/**
 * An agreement's state as the site shows it: the status the bundle gives, except that one still marked in force
 * whose expiry date has passed on the day of the build is shown as expired (a terminated agreement, or one under
 * negotiation, keeps its status). The day is part of what an entry page's props say, so a page whose agreement
 * expired since the last build is rendered again.
 */
import type { Agreement, AgreementStatus } from '../../../content/schema/index.ts'

/** Whether a (reduced-precision) expiry date is over on `today`: `2020-05` is over from the first of June 2020. */
export const isPast = (expires: string, today: string): boolean => today.slice(0, expires.length) > expires

export function agreementState({ status, expires }: Pick<Agreement, 'status' | 'expires'>, today: string): AgreementStatus {
  return status === 'in-force' && expires && isPast(expires, today) ? 'expired' : status
}

/**
 * The day of this build in Bangkok (`YYYY-MM-DD`), or `BMA_BUILD_DATE` when set. Kept in the environment: the build
 * script works out the page keys and Astro renders the pages in one process but from separate module instances,
 * and both must see the same day even when a build runs past midnight.
 */
export function buildDay(): string {
  process.env.BMA_BUILD_DATE ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date())
  return process.env.BMA_BUILD_DATE
}
