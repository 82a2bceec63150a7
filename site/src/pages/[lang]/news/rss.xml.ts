/** `/{lang}/news/rss.xml`: the news feed of one language (Thai text where a translation is missing). */
import rss from '@astrojs/rss'
import type { APIContext } from 'astro'
import { siteContent } from '../../../lib/content.ts'
import { useTranslations } from '../../../lib/i18n.ts'
import { langTag, localePaths, type Locale } from '../../../lib/locales.ts'
import { must } from '../../../lib/localize.ts'
import { timeOf } from '../../../lib/dates.ts'
import { absolute, urls } from '../../../lib/urls.ts'

export const getStaticPaths = localePaths

export async function GET(context: APIContext) {
  const lang = context.params.lang as Locale
  const t = useTranslations(lang)
  const { news } = await siteContent()
  return rss({
    title: `${t('news.title')} · ${t('site.name')}`,
    description: t('news.description'),
    site: absolute(urls.home(lang), context.site),
    customData: `<language>${langTag[lang]}</language>`,
    items: news.slice(0, 50).map((item) => ({
      title: must(item.title, lang).value,
      description: must(item.summary, lang).value,
      link: absolute(urls.entry('news', lang, item.slug), context.site),
      pubDate: new Date(timeOf(item.date)),
    })),
  })
}
