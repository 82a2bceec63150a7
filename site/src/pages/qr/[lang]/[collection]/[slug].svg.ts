/** The QR code of a partner profile's address in one language (lib/linkKit.ts). */
import type { APIRoute } from 'astro'
import { siteContent } from '../../../../lib/content.ts'
import { drawnFile } from '../../../../lib/drawnFiles.ts'
import { kitEntries } from '../../../../lib/linkKit.ts'
import { locales, type Locale } from '../../../../lib/locales.ts'
import { qrSvg } from '../../../../lib/qrCode.ts'
import { absolute, urls } from '../../../../lib/urls.ts'

export async function getStaticPaths() {
  return kitEntries(await siteContent()).flatMap(({ collection, entry }) => locales.map((lang) => ({ params: { lang, collection, slug: entry.slug } })))
}

export const GET: APIRoute = async ({ params, site }) => {
  const url = absolute(urls.entry(params.collection as 'cities' | 'organizations', params.lang as Locale, params.slug!), site)
  return new Response(await drawnFile('qr', url, () => qrSvg(url)), { headers: { 'Content-Type': 'image/svg+xml' } })
}
