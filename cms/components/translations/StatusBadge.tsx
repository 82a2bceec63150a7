'use client'
/** A translation status in words and colour (never colour alone). */
import { useTranslation } from '@payloadcms/ui'
import type { MessageKey } from '../../i18n/messages.ts'
import { tr } from '../../i18n/translate.ts'
import type { TranslationStatus } from '../../translations/statuses.ts'

const colours: Record<TranslationStatus, { background: string; color: string }> = {
  missing: { background: '#fde8e8', color: '#8a1c1c' },
  stale: { background: '#fff4d6', color: '#6b4a00' },
  current: { background: '#e3f4e8', color: '#1d5c33' },
  reviewed: { background: '#dceefe', color: '#184a7a' },
}

export function StatusBadge({ status }: { status: TranslationStatus }) {
  const { i18n } = useTranslation()
  return (
    <span className={`bma-status bma-status--${status}`} style={{ ...colours[status], borderRadius: 4, padding: '0 0.4em', whiteSpace: 'nowrap' }}>
      {tr(i18n, `status_${status}` as MessageKey)}
    </span>
  )
}
