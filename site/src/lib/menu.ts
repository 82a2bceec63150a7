/** The site's sections: the header's menu, the footer's links and the breadcrumbs name them the same way. */
import { useTranslations } from './i18n.ts'
import type { Locale } from './locales.ts'
import { urls } from './urls.ts'

export type Section = 'home' | 'glossary' | 'cities' | 'organizations' | 'agreements' | 'activities' | 'news' | 'search'

export interface MenuItem {
  key: Section
  href: string
  label: string
}

/** The menu's sections in order (home is the wordmark's link). */
export function menu(lang: Locale): MenuItem[] {
  const t = useTranslations(lang)
  return [
    { key: 'glossary', href: urls.index('glossary', lang), label: t('nav.glossary') },
    { key: 'cities', href: urls.index('cities', lang), label: t('nav.cities') },
    { key: 'organizations', href: urls.index('organizations', lang), label: t('nav.organizations') },
    { key: 'agreements', href: urls.index('agreements', lang), label: t('nav.agreements') },
    { key: 'activities', href: urls.index('activities', lang), label: t('nav.activities') },
    { key: 'news', href: urls.news(lang), label: t('nav.news') },
  ]
}

/** The trail to a page: home, its section's index (unless the page is that index), the page itself. */
export function breadcrumbs(lang: Locale, section: Section | undefined, path: string, title: string): Array<{ href?: string; label: string }> {
  const t = useTranslations(lang)
  if (section === 'home') return []
  const trail: Array<{ href?: string; label: string }> = [{ href: urls.home(lang), label: t('nav.home') }]
  const index = section === 'search' ? { href: urls.search(lang), label: t('nav.search') } : menu(lang).find((item) => item.key === section)
  if (index && index.href !== path) trail.push({ href: index.href, label: index.label })
  trail.push({ label: title })
  return trail
}
