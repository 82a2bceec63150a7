/** The admin page /admin/import: the spreadsheet import form, for editors and admins. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { describeColumns } from '../../../content/sheet/layoutTable.ts'
import { collections } from '../../../content/schema/index.ts'
import { hasRole } from '../../access/roles.ts'
import { ReportTable } from './ReportTable.tsx'
import { SheetImportForm } from './SheetImportForm.tsx'
import { stringsFor } from './strings.ts'

export function SheetImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const text = stringsFor(req.i18n.language)
  const wanted = typeof searchParams?.collection === 'string' ? searchParams.collection : undefined
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '2rem 0 1.5rem' }}>{text.title}</h1>
        {hasRole(req.user, 'admin', 'editor') ? (
          <>
            <SheetImportForm collections={collections} initialCollection={collections.find((c) => c === wanted)} />
            <section style={{ margin: '3rem 0', maxWidth: '70rem' }}>
              <h2>{text.columns}</h2>
              <p>{text.columnsIntro}</p>
              {collections.map((collection) => (
                <details key={collection} open={collection === wanted} style={{ marginBottom: '0.75rem' }}>
                  <summary>{collection}</summary>
                  <ReportTable
                    headers={[text.column, text.holds, text.required]}
                    rows={describeColumns(collection).map((column) => [<code key="h">{column.header}</code>, column.holds, column.required])}
                  />
                </details>
              ))}
            </section>
          </>
        ) : (
          <p>{text.notAllowed}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
