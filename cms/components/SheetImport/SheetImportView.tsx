/** The admin page /admin/import: the spreadsheet import form and the column layout, for editors and admins. */
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../AdminPage.tsx'
import { collections } from '../../../content/schema/index.ts'
import { hasRole } from '../../access/roles.ts'
import { tr, type HasTranslate } from '../../i18n/translate.ts'
import { ColumnLayout } from './ColumnLayout.tsx'
import { SheetImportForm } from './SheetImportForm.tsx'

export function SheetImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, i18n } = req
  const t = (key: 'sheetImport' | 'sheetImportIntro' | 'sheetImportSteps' | 'sheetEditorsOnly') => tr(i18n as HasTranslate, key)
  const wanted = collections.find((c) => c === searchParams?.collection)
  const choices = collections.map((slug) => ({ slug, label: getTranslation(payload.collections[slug].config.labels.plural, i18n) }))
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="bma-sheet-import">
      <h1>{t('sheetImport')}</h1>
      {hasRole(req.user, 'admin', 'editor') ? (
        <>
          <p>{t('sheetImportIntro')}</p>
          <p>{t('sheetImportSteps')}</p>
          <SheetImportForm collections={choices} initialCollection={wanted} />
          <ColumnLayout payload={payload} i18n={i18n} collections={collections} open={wanted} />
        </>
      ) : (
        <p>{t('sheetEditorsOnly')}</p>
      )}
    </AdminPage>
  )
}
