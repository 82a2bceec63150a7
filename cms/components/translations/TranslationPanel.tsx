'use client'
/**
 * The edit view's sidebar panel: where each language's translation stands, what is left to do in the language being
 * edited, who translated and reviewed it, and the button a second person uses to record a review.
 */
import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { localeFacts } from '../../../content/schema/locales.ts'
import { isOfficeStaff } from '../../access/roles.ts'
import { tr } from '../../i18n/translate.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { useTranslationReport } from './useTranslationReport.ts'

const when = (iso: string | undefined, language: string) =>
  iso ? new Date(iso).toLocaleString(language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }) : ''

export function TranslationPanel() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { report, locale, saved, reload } = useTranslationReport()
  const [busy, setBusy] = useState(false)
  const { user } = useAuth()
  // The workflow is the office's: readers from other BMA units see the content only.
  if (!isOfficeStaff(user)) return null
  const title = <h3 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>{tr(i18n, 'translationStatus')}</h3>
  if (!saved)
    return (
      <section className="bma-translation-panel" aria-label={tr(i18n, 'translationStatus')}>
        {title}
        <p>{tr(i18n, 'saveFirst')}</p>
      </section>
    )
  const here = report?.locales.find((l) => l.locale === locale)
  const review = async () => {
    setBusy(true)
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/translations/review?locale=${locale}`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
    setBusy(false)
    if (response.ok) toast.success(body.message ?? '')
    else toast.error(body.errors?.[0]?.message ?? String(response.status))
    reload()
  }
  return (
    <section className="bma-translation-panel" aria-label={tr(i18n, 'translationStatus')} style={{ marginBottom: '1.5rem' }}>
      {title}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.25rem' }}>
        {report?.locales.map((l) => (
          <li key={l.locale} data-locale={l.locale} style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem' }}>
            <span lang={l.locale}>{localeFacts[l.locale].label}</span>
            <StatusBadge status={l.status} />
          </li>
        ))}
      </ul>
      {here && (
        <div style={{ marginTop: '0.75rem', fontSize: '0.9em' }}>
          {here.pending.length > 0 && <p>{tr(i18n, 'fieldsNeedWork', { fields: here.pending.join(', ') })}</p>}
          {here.by && <p>{tr(i18n, 'translatedBy', { by: here.by, at: when(here.at, i18n.language) })}</p>}
          {here.review && <p>{tr(i18n, 'reviewedBy', { by: here.review.by, at: when(here.review.at, i18n.language) })}</p>}
          {report?.canReview && (
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={review}>
              {tr(i18n, 'markReviewed')}
            </Button>
          )}
        </div>
      )}
    </section>
  )
}
