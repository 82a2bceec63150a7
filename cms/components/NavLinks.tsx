'use client'
/** Links in the admin's navigation to the office's own views: the Translations work list and the guide. */
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { tr } from '../i18n/translate.ts'

export function NavLinks() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const pathname = usePathname()
  const links = [
    { href: `${config.routes.admin}/translations`, label: tr(i18n, 'translationsView') },
    { href: `${config.routes.admin}/guide`, label: tr(i18n, 'guide') },
  ]
  return (
    <div className="bma-nav-links">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="nav__link" aria-current={pathname === link.href ? 'page' : undefined} prefetch={false}>
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </div>
  )
}
