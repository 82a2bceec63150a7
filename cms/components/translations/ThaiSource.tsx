'use client'
/**
 * Beside a translated field, while another language is edited: the Thai text it is translated from (read-only), and
 * for a stale translation what changed in the Thai text since, word by word.
 */
import { useTranslation } from '@payloadcms/ui'
import { tr } from '../../i18n/translate.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { useTranslationReport } from './useTranslationReport.ts'

export function ThaiSource({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const { report, locale } = useTranslationReport()
  if (locale === 'th' || !report) return null
  const field = report.fields.find((f) => f.path === path)
  if (!field) return null
  return (
    <aside className="bma-thai-source" aria-label={tr(i18n, 'thaiSource')} data-status={field.status}>
      <div className="bma-thai-source__head">
        <strong>{tr(i18n, 'thaiSource')}</strong> <StatusBadge status={field.status} />
      </div>
      {field.thai ? (
        <p lang="th" className="bma-thai-source__text">
          {field.thai}
        </p>
      ) : (
        <p>{tr(i18n, 'thaiSourceEmpty')}</p>
      )}
      {field.status === 'stale' && (
        <div className="bma-thai-source__changes">
          <strong>{tr(i18n, 'thaiChangedSince')}</strong>
          {field.diff ? (
            <p lang="th">
              {field.diff.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i} title={tr(i18n, 'addedText')}>
                    {part.text}
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={i} title={tr(i18n, 'removedText')}>
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          ) : (
            <p>{tr(i18n, 'thaiPreviousUnavailable')}</p>
          )}
        </div>
      )}
    </aside>
  )
}
