/** A partner's badge in one of its languages (lib/partnerBadge.ts). */
import type { APIRoute } from 'astro'
import { siteContent } from '../../../../lib/content.ts'
import { drawnFile } from '../../../../lib/drawnFiles.ts'
import { kitEntries } from '../../../../lib/linkKit.ts'
import type { Locale } from '../../../../lib/locales.ts'
import { badgeLocales, badgeText, partnerBadge, type BadgePartner } from '../../../../lib/partnerBadge.ts'

export async function getStaticPaths() {
  return kitEntries(await siteContent()).flatMap(({ collection, entry }) =>
    badgeLocales(entry).map((lang) => ({ params: { lang, collection, slug: entry.slug }, props: { entry } })),
  )
}

export const GET: APIRoute = async ({ params, props }) => {
  const partner = (props as { entry: BadgePartner }).entry
  const lang = params.lang as Locale
  // A badge is its text in its language: the same text draws the same badge.
  const svg = await drawnFile('badge', { lang, text: badgeText(partner, lang) }, () => partnerBadge(partner, lang).svg)
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
}
