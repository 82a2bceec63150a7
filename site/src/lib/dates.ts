import { intlLocale, type Locale } from './locales.ts'

/**
 * Formats an ISO date for a language: Thai in the Buddhist calendar (th-TH's default), the others in their own
 * conventions. Reduced precision stays reduced (`2019` is a year, `2019-04` a month). A date-only value is a
 * calendar day and is never shifted by time zones; a date-time is shown as the day it was in Bangkok.
 */
export function formatDate(iso: string, lang: Locale): string {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso)
  if (parts) {
    const [, year, month, day] = parts
    const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)))
    const options: Intl.DateTimeFormatOptions = day
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : month
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' }
    return new Intl.DateTimeFormat(intlLocale[lang], { ...options, timeZone: 'UTC' }).format(date)
  }
  return new Intl.DateTimeFormat(intlLocale[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Bangkok' }).format(new Date(iso))
}

/** Milliseconds since the epoch, for sorting news newest first. */
export function timeOf(iso: string): number {
  return Date.parse(/T/.test(iso) ? iso : `${iso}T00:00:00+07:00`)
}
