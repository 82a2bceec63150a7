'use client'
/**
 * The edit view's translation report (cms/translations/endpoints.ts), fetched once per document, language and save
 * and shared by the panel and every field's Thai source.
 */
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { TranslationReport } from '../../translations/endpoints.ts'

const reports = new Map<string, Promise<TranslationReport | undefined>>()

export function useTranslationReport(): { report?: TranslationReport; locale: string; saved: boolean; reload: () => void } {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [report, setReport] = useState<TranslationReport>()
  const [generation, setGeneration] = useState(0)
  const url = id && collectionSlug ? `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/translations?locale=${locale}` : undefined
  useEffect(() => {
    if (!url) return
    const key = `${url}#${lastUpdateTime}#${generation}`
    if (!reports.has(key))
      reports.set(
        key,
        fetch(url, { credentials: 'include' }).then((response) => (response.ok ? (response.json() as Promise<TranslationReport>) : undefined)),
      )
    let live = true
    reports.get(key)!.then((value) => live && setReport(value))
    return () => {
      live = false
    }
  }, [url, lastUpdateTime, generation])
  return { report, locale, saved: Boolean(id), reload: () => setGeneration((g) => g + 1) }
}
