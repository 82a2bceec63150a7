'use client'
/**
 * The spreadsheet import form: checks the chosen file (nothing written), shows every problem by sheet, row and column
 * or what each row will do, and offers the import only once the same file has checked clean.
 */
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import type { PlannedRow, RowAction } from '../../../content/sheet/check.ts'
import type { SheetProblem } from '../../../content/sheet/problems.ts'
import type { ImportSummary } from '../../bundle/importBundle.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { tr } from '../../i18n/translate.ts'
import { ReportTable } from './ReportTable.tsx'

interface Answer {
  mode?: 'check' | 'import'
  rows?: PlannedRow[]
  notes?: string[]
  summary?: ImportSummary
  problems?: SheetProblem[]
  errors?: { message: string }[]
}

export function SheetImportForm({ collections, initialCollection }: { collections: { slug: string; label: string }[]; initialCollection?: string }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const t = (key: MessageKey, vars?: Record<string, unknown>) => tr(i18n, key, vars)
  const [file, setFile] = useState<File | undefined>()
  const [collection, setCollection] = useState(initialCollection ?? '')
  const [answer, setAnswer] = useState<Answer | undefined>()
  const [busy, setBusy] = useState<'check' | 'import' | undefined>()
  const [checked, setChecked] = useState<{ file: File; collection: string } | undefined>()

  const send = async (mode: 'check' | 'import') => {
    if (!file) return
    setBusy(mode)
    try {
      const form = new FormData()
      form.append('file', file)
      form.append('mode', mode)
      if (collection) form.append('collection', collection)
      const response = await fetch(`${config.serverURL}${config.routes.api}/import-sheet`, { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json()) as Answer
      setAnswer(body)
      setChecked(mode === 'check' && response.ok ? { file, collection } : undefined)
    } catch (error) {
      setAnswer({ errors: [{ message: (error as Error).message }] })
    } finally {
      setBusy(undefined)
    }
  }

  const counts = (action: RowAction) => answer?.rows?.filter((row) => row.action === action).length ?? 0
  const cleanFile = answer?.mode === 'check' && answer.rows && checked?.file === file && checked?.collection === collection
  return (
    <div className="bma-sheet-import__form">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void send('check')
        }}
      >
        {/* The browser's own file button speaks the browser's language: this one speaks the admin's. */}
        <div className="bma-sheet-import__file">
          <span>{t('sheetFile')}</span>
          <span>
            <label htmlFor="bma-sheet-file" className="btn btn--style-secondary btn--size-small">
              {t('sheetChooseFile')}
            </label>{' '}
            <span>{file?.name ?? t('sheetNoFile')}</span>
          </span>
          <input
            id="bma-sheet-file"
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0])
              setAnswer(undefined)
              setChecked(undefined)
            }}
          />
        </div>
        <label>
          {t('sheetCollection')}
          <select name="collection" value={collection} onChange={(event) => setCollection(event.target.value)}>
            <option value="">{t('sheetFromName')}</option>
            {collections.map(({ slug, label }) => (
              <option key={slug} value={slug}>
                {label} ({slug})
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" buttonStyle="secondary" disabled={!file || busy !== undefined} margin={false}>
          {busy === 'check' ? t('sheetChecking') : t('sheetCheck')}
        </Button>
        {cleanFile ? (
          <Button buttonStyle="primary" disabled={busy !== undefined} margin={false} onClick={() => void send('import')}>
            {busy === 'import'
              ? t('sheetImporting')
              : answer.rows!.length === 1
                ? t('sheetImportOneRow')
                : t('sheetImportRows', { count: answer.rows!.length })}
          </Button>
        ) : null}
      </form>

      <div role="status" aria-live="polite">
        {answer?.errors ? (
          <p className="bma-sheet-import__failed">
            {t('sheetFailed')} {answer.errors.map((e) => e.message).join(' ')}
          </p>
        ) : null}
        {answer?.problems ? (
          <>
            <p className="bma-sheet-import__failed">
              <strong>{answer.problems.length === 1 ? t('sheetOneProblem') : t('sheetProblems', { count: answer.problems.length })}</strong>
            </p>
            <ReportTable
              headers={[t('sheetSheet'), t('sheetRow'), t('sheetColumn'), t('sheetProblem')]}
              rows={answer.problems.map((problem) => [
                problem.sheet,
                problem.row ?? '',
                [problem.column, problem.header].filter(Boolean).join(' · '),
                problem.reason,
              ])}
            />
          </>
        ) : null}
        {answer?.rows ? (
          <>
            <p>
              <strong>
                {answer.summary
                  ? t('sheetDone', { created: answer.summary.created, updated: answer.summary.updated, unchanged: answer.summary.unchanged })
                  : t('sheetClean', { create: counts('create'), update: counts('update'), unchanged: counts('unchanged') })}
              </strong>
            </p>
            {answer.notes?.map((note) => (
              <p key={note}>{note}</p>
            ))}
            <ReportTable
              headers={[t('sheetSheet'), t('sheetRow'), t('sheetEntry'), t('sheetAction')]}
              rows={answer.rows.map((row) => [
                row.sheet,
                row.row,
                answer.summary && row.action !== 'unchanged' ? (
                  <a href={`${config.routes.admin}/collections/${row.collection}?where[slug][equals]=${encodeURIComponent(row.slug)}`}>
                    {row.collection}/{row.slug}
                  </a>
                ) : (
                  `${row.collection}/${row.slug}`
                ),
                t(`sheetAction_${row.action}`),
              ])}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
