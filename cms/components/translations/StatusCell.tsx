'use client'
/** A list column per language: where that translation of the entry stands. */
import type { DefaultCellComponentProps } from 'payload'
import { translationStatuses, type TranslationStatus } from '../../translations/statuses.ts'
import { StatusBadge } from './StatusBadge.tsx'

export function StatusCell({ cellData }: DefaultCellComponentProps) {
  const status = cellData as TranslationStatus | null | undefined
  return status && translationStatuses.includes(status) ? <StatusBadge status={status} /> : null
}
