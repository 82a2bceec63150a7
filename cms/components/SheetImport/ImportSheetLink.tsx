'use client'
/** "Import from a spreadsheet" above a collection's list, for editors and admins: opens /admin/import for it. */
import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { hasRole } from '../../access/roles.ts'
import { stringsFor } from './strings.ts'

export function ImportSheetLink({ collection }: { collection: string }) {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <p style={{ marginBottom: '1rem' }}>
      <Link className="btn btn--style-secondary btn--size-small" href={`${admin}/import?collection=${collection}`}>
        {stringsFor(i18n.language).title}
      </Link>
    </p>
  )
}
