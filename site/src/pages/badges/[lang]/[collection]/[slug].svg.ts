/** A partner's badge in one of its languages (lib/partnerBadge.ts). */
import type { APIRoute } from 'astro'
import { siteContent } from '../../../../lib/content.ts'
import { kitEntries } from '../../../../lib/linkKit.ts'
import type { Locale } from '../../../../lib/locales.ts'
import { badgeLocales, partnerBadge, type BadgePartner } from '../../../../lib/partnerBadge.ts'

export async function getStaticPaths() {
  return kitEntries(await siteContent()).flatMap(({ collection, entry }) =>
    badgeLocales(entry).map((lang) => ({ params: { lang, collection, slug: entry.slug }, props: { entry } })),
  )
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(partnerBadge((props as { entry: BadgePartner }).entry, params.lang as Locale).svg, { headers: { 'Content-Type': 'image/svg+xml' } })
