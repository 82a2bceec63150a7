'use client'
/** "Import from a spreadsheet" above a collection's list, for editors and admins: opens /admin/import for it. */
import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { hasRole } from '../../access/roles.ts'
import { tr } from '../../i18n/translate.ts'

export function ImportSheetLink({ collection }: { collection: string }) {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <p className="bma-sheet-import__link">
      <Link className="btn btn--style-secondary btn--size-small" href={`${config.routes.admin}/import?collection=${collection}`} prefetch={false}>
        {tr(i18n, 'sheetImport')}
      </Link>
    </p>
  )
}
