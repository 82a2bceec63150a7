/** Help texts several fields share, in Thai and English. */

/** The bundle's reduced-precision ISO dates, as staff type them. */
export const dateHint = { th: 'ปี ค.ศ.-เดือน-วัน เช่น 2026-03-14 (หรือ 2026-03, 2026)', en: 'YYYY-MM-DD (or YYYY-MM, YYYY)' }
