/**
 * What the Translations view and the dashboard show: a translator's work (entries missing or stale in their
 * languages, the longest waiting first, with counts) and every language's coverage per collection. Read as the user,
 * so access rules apply, from each entry's newest version (drafts count: translators work on them).
 */
import type { Payload, PayloadRequest } from 'payload'
import { collections, defaultLocale, localeFacts, registry, type CollectionName, type Locale } from '../../content/schema/index.ts'
import { listUrl } from '../admin/listUrl.ts'
import { readColumns } from '../access/readColumns.ts'
import { asDocs } from '../bundle/documents.ts'
import { statusFieldName } from './fields.ts'
import { targetLocales, translationStatuses, type TranslationStatus } from './status.ts'

export interface WorkItem {
  collection: CollectionName
  id: number | string
  title: string
  locale: Locale
  status: TranslationStatus
  updatedAt: string
}

export type Counts = Record<TranslationStatus, number>
export interface Coverage {
  /** Per language and collection, the number of entries in each status. */
  cells: Record<Locale, Record<CollectionName, Counts>>
  totals: Record<Locale, Counts>
}

type User = PayloadRequest['user']

const emptyCounts = (): Counts => Object.fromEntries(translationStatuses.map((s) => [s, 0])) as Counts

/** The list URL of a collection's entries in one status of one language: where every count links to. */
export const statusListUrl = (adminRoute: string, collection: CollectionName, locale: Locale, status: TranslationStatus) =>
  listUrl(adminRoute, collection, { [statusFieldName(locale)]: { equals: status } })

/** The entries waiting in the given languages: missing or stale, the longest waiting first, with all counts. */
export async function worklist(
  payload: Payload,
  user: User,
  languages: Locale[],
  perList = 50,
): Promise<{ items: WorkItem[]; counts: Record<Locale, Counts> }> {
  const counts = Object.fromEntries(languages.map((l) => [l, emptyCounts()])) as Record<Locale, Counts>
  const items: WorkItem[] = []
  for (const collection of collections) {
    const title = registry[collection].title
    for (const locale of languages) {
      const field = statusFieldName(locale)
      for (const status of ['missing', 'stale'] as const) {
        const { docs, totalDocs } = await payload.find({
          collection,
          where: { [field]: { equals: status } },
          sort: 'updatedAt',
          limit: perList,
          depth: 0,
          draft: true,
          user,
          overrideAccess: false,
          locale: defaultLocale,
          select: { [title]: true, updatedAt: true },
        })
        counts[locale][status] += totalDocs
        for (const doc of asDocs(docs))
          items.push({ collection, id: doc.id as number | string, title: String(doc[title] ?? doc.id), locale, status, updatedAt: String(doc.updatedAt) })
      }
    }
  }
  items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  return { items, counts }
}

/** Every language's coverage, per collection: one read of the status columns per collection (../access/readColumns.ts). */
export async function coverage(payload: Payload, user: User): Promise<Coverage> {
  const cells = Object.fromEntries(targetLocales.map((l) => [l, {}])) as Coverage['cells']
  const totals = Object.fromEntries(targetLocales.map((l) => [l, emptyCounts()])) as Coverage['totals']
  for (const collection of collections) {
    const docs = await readColumns(payload, user, collection, targetLocales.map(statusFieldName), { drafts: true })
    for (const locale of targetLocales) {
      const counts = emptyCounts()
      for (const doc of docs) {
        const status = doc[statusFieldName(locale)] as TranslationStatus | undefined
        if (status) counts[status]++
      }
      cells[locale][collection] = counts
      for (const status of translationStatuses) totals[locale][status] += counts[status]
    }
  }
  return { cells, totals }
}

export const localeLabel = (locale: Locale) => localeFacts[locale].label
