import { intlLocale, type Locale } from './locales.ts'

/**
 * Formats an ISO date for a language: Thai in the Buddhist calendar (th-TH's default), the others in their own
 * conventions. Reduced precision stays reduced (`2019` is a year, `2019-04` a month). A date-only value is a
 * calendar day and is never shifted by time zones; a date-time is shown as the day it was in Bangkok.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
/** Intl.DateTimeFormat objects are costly to create and a build formats thousands of dates: keep one per shape. */
function formatter(lang: Locale, precision: 'day' | 'month' | 'year' | 'time'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`
  let f = formatters.get(key)
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric', month: 'long', day: 'numeric' }
    formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale[lang], { ...options, timeZone: precision === 'time' ? 'Asia/Bangkok' : 'UTC' })))
  }
  return f
}

export function formatDate(iso: string, lang: Locale): string {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso)
  if (parts) {
    const [, year, month, day] = parts
    const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)))
    return formatter(lang, day ? 'day' : month ? 'month' : 'year').format(date)
  }
  return formatter(lang, 'time').format(new Date(timeOf(iso)))
}

/**
 * Milliseconds since the epoch, for sorting news newest first. A date alone is midnight in Bangkok, and so is a
 * date-time without a zone (the office's local time); `2026-03-14 09:00` is read like `2026-03-14T09:00`.
 */
export function timeOf(iso: string): number {
  if (/^\d{4}(-\d{2}){0,2}$/.test(iso)) return Date.parse(`${iso.padEnd(10, '-01').slice(0, 10)}T00:00:00+07:00`)
  const value = iso.replace(' ', 'T')
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}+07:00`)
}
