/**
 * The badge a partner can put on its own website ("Sister city of Bangkok since 2006"): an SVG with the text as
 * outlines (lib/outlinedText.ts), in English and in the partner's own language where the site has it. The same text
 * gives the same badge, so each is drawn once per build whatever the number of partners.
 */
import type { City, Organization } from '../../../content/schema/index.ts'
import { useTranslations } from './i18n.ts'
import { intlLocale, locales, type Locale } from './locales.ts'
import { outlinedText } from './outlinedText.ts'

export type BadgePartner =
  Pick<City, 'relationship' | 'since' | 'country' | 'nativeName'> | (Pick<Organization, 'kind' | 'since' | 'country'> & { relationship?: undefined })

/** The site language a partner speaks: its own name's language, else its country's, when the site has it. */
const countryLocale: Record<string, Locale> = { TH: 'th', CN: 'zh', SG: 'zh', JP: 'ja', KR: 'ko' }
const tagLocale: Record<string, Locale> = { th: 'th', zh: 'zh', 'zh-hans': 'zh', 'zh-cn': 'zh', 'zh-sg': 'zh', ja: 'ja', ko: 'ko', en: 'en' }

export function partnerLocale(partner: BadgePartner): Locale | undefined {
  if (partner.relationship === undefined && ['international-organization', 'city-network'].includes(partner.kind)) return undefined
  const own = partner.relationship !== undefined ? partner.nativeName?.lang : undefined
  if (own) return tagLocale[own.toLowerCase()]
  return partner.country ? countryLocale[partner.country] : undefined
}

/** The badge's languages: the partner's own (where the site has it), then English. */
export function badgeLocales(partner: BadgePartner): Locale[] {
  const own = partnerLocale(partner)
  return [...new Set([...(own ? [own] : []), 'en' as const])].filter((l) => locales.includes(l))
}

/** What the badge says in a language. */
export function badgeText(partner: BadgePartner, lang: Locale): string {
  const t = useTranslations(lang)
  const year =
    partner.since &&
    new Intl.DateTimeFormat(intlLocale[lang], { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${partner.since.slice(0, 4)}-07-01T00:00:00Z`))
  const relation = partner.relationship && partner.relationship !== 'organization' ? partner.relationship : undefined
  if (relation) return year ? t(`badge.${relation}`, { year }) : t(`badge.${relation}-plain`)
  return year ? t('badge.since', { year }) : t('badge.partner')
}

export interface Badge {
  svg: string
  width: number
  height: number
  text: string
}

const height = 56
const made = new Map<string, Badge>()

/** The badge SVG of a partner in a language. */
export function partnerBadge(partner: BadgePartner, lang: Locale): Badge {
  const text = badgeText(partner, lang)
  const key = `${lang}\n${text}`
  const cached = made.get(key)
  if (cached) return cached
  const t = useTranslations(lang)
  const line1 = outlinedText(`${t('brand.city')} · ${t('brand.office')}`, lang, 11, 400)
  const line2 = outlinedText(text, lang, 15, 700)
  const textX = 54
  const width = textX + Math.max(line1.width, line2.width) + 14
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(text)}">`,
    `<title>${escapeXml(text)}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="#ffffff" stroke="#17407a"/>`,
    `<g transform="translate(12 12)"><rect width="32" height="32" rx="7" fill="#17407a"/><path d="M8.8 24.8V14.4a7.2 7.2 0 0 1 14.4 0v10.4" fill="none" stroke="#fff" stroke-width="2.4"/><path d="M16 7.6c-2.6 2.4-2.6 14.8 0 17.2c2.6-2.4 2.6-14.8 0-17.2z" fill="none" stroke="#f1c27d" stroke-width="1.6"/><path d="M4.8 26.8c3.8-2.1 7.4 2.1 11.2 0s7.4 2.1 11.2 0" fill="none" stroke="#f1c27d" stroke-width="1.8" stroke-linecap="round"/></g>`,
    `<path transform="translate(${textX} 23)" fill="#505866" d="${line1.d}"/>`,
    `<path transform="translate(${textX} 42)" fill="#0e2a52" d="${line2.d}"/>`,
    '</svg>',
  ].join('')
  const badge = { svg, width, height, text }
  made.set(key, badge)
  return badge
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
