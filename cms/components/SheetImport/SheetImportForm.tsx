'use client'
/**
 * The spreadsheet import form: checks the chosen file (nothing written), shows every problem by row and column or
 * what each row will do, and offers the import only once the same file has checked clean.
 */
import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import type { PlannedRow, RowAction } from '../../../content/sheet/check.ts'
import type { SheetProblem } from '../../../content/sheet/problems.ts'
import type { ImportSummary } from '../../bundle/importBundle.ts'
import { ReportTable } from './ReportTable.tsx'
import { stringsFor } from './strings.ts'

interface Answer {
  mode?: 'check' | 'import'
  rows?: PlannedRow[]
  notes?: string[]
  summary?: ImportSummary
  problems?: SheetProblem[]
  errors?: { message: string }[]
}

export function SheetImportForm({ collections, initialCollection }: { collections: string[]; initialCollection?: string }) {
  const { i18n } = useTranslation()
  const text = stringsFor(i18n.language)
  const [file, setFile] = useState<File | undefined>()
  const [collection, setCollection] = useState(initialCollection ?? '')
  const [answer, setAnswer] = useState<Answer | undefined>()
  const [busy, setBusy] = useState<'check' | 'import' | undefined>()
  const [checked, setChecked] = useState<File | undefined>()

  const send = async (mode: 'check' | 'import') => {
    if (!file) return
    setBusy(mode)
    try {
      const query = new URLSearchParams({ name: file.name, mode, ...(collection && { collection }) })
      const response = await fetch(`/api/import-sheet?${query}`, { method: 'POST', credentials: 'include', body: file })
      const body = (await response.json()) as Answer
      setAnswer(body)
      setChecked(mode === 'check' && response.ok ? file : undefined)
    } catch (error) {
      setAnswer({ errors: [{ message: (error as Error).message }] })
    } finally {
      setBusy(undefined)
    }
  }

  const counts = (action: RowAction) => answer?.rows?.filter((row) => row.action === action).length ?? 0
  return (
    <div style={{ display: 'grid', gap: '1.5rem', maxWidth: '70rem' }}>
      <p style={{ margin: 0 }}>{text.intro}</p>
      <form
        style={{ display: 'flex', gap: '1.5rem', alignItems: 'end', flexWrap: 'wrap' }}
        onSubmit={(event) => {
          event.preventDefault()
          void send('check')
        }}
      >
        <label style={{ display: 'grid', gap: '0.4rem' }}>
          {text.file}
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0])
              setAnswer(undefined)
              setChecked(undefined)
            }}
          />
        </label>
        <label style={{ display: 'grid', gap: '0.4rem' }}>
          {text.collection}
          <select name="collection" value={collection} onChange={(event) => setCollection(event.target.value)}>
            <option value="">{text.fromName}</option>
            {collections.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" buttonStyle="secondary" disabled={!file || busy !== undefined} margin={false}>
          {busy === 'check' ? text.checking : text.check}
        </Button>
        {answer?.mode === 'check' && answer.rows && checked === file ? (
          <Button buttonStyle="primary" disabled={busy !== undefined} margin={false} onClick={() => void send('import')}>
            {busy === 'import' ? text.importing : text.import(answer.rows.length)}
          </Button>
        ) : null}
      </form>

      <div role="status" aria-live="polite">
        {answer?.errors ? (
          <p>
            {text.failed} {answer.errors.map((e) => e.message).join(' ')}
          </p>
        ) : null}
        {answer?.problems ? (
          <>
            <p>
              <strong>{text.problems(answer.problems.length)}</strong>
            </p>
            <ReportTable
              headers={[text.sheet, text.row, text.column, text.problem]}
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
                  ? text.done(answer.summary.created, answer.summary.updated, answer.summary.unchanged)
                  : text.clean(counts('create'), counts('update'), counts('unchanged'))}
              </strong>
            </p>
            {answer.notes?.map((note) => (
              <p key={note}>{note}</p>
            ))}
            <ReportTable
              headers={[text.sheet, text.row, text.entry, text.action]}
              rows={answer.rows.map((row) => [
                row.sheet,
                row.row,
                answer.summary && row.action !== 'unchanged' ? (
                  <a href={`/admin/collections/${row.collection}?where[slug][equals]=${encodeURIComponent(row.slug)}`}>
                    {row.collection}/{row.slug}
                  </a>
                ) : (
                  `${row.collection}/${row.slug}`
                ),
                text.actions[row.action],
              ])}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
