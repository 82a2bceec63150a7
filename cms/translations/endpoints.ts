/**
 * The workflow over HTTP, for the edit view: `GET /api/{collection}/{id}/translations?locale=ja` says where each
 * language stands and, for the language asked, each field's Thai source and what changed in it since the translation;
 * `POST /api/{collection}/{id}/translations/review?locale=ja` records a second person's review.
 */
import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { defaultLocale, isLocale, type Locale } from '../../content/schema/index.ts'
import { hasRole, isOfficeStaff, type StaffUser } from '../access/roles.ts'
import { asDocs, isDoc } from '../bundle/documents.ts'
import { reqText } from '../i18n/translate.ts'
import { wordDiff, type DiffPart } from './diff.ts'
import { stateFieldName } from './fields.ts'
import { latestWithAllLocales } from './latest.ts'
import { saveAsItStands } from './saveAsItStands.ts'
import { assess, reviewFingerprint, targetLocales, withThai, type TranslationState, type TranslationStatus } from './status.ts'
import { allLocaleTexts, hashText, oneLocaleTexts } from './texts.ts'

export interface LocaleSummary {
  locale: Locale
  status: TranslationStatus
  /** Fields (form paths) still to translate or to bring up to date. */
  pending: string[]
  by?: string
  at?: string
  review?: { by: string; at: string }
}

export interface FieldSource {
  path: string
  status: 'missing' | 'stale' | 'current'
  thai: string
  /** For a stale field: the Thai text the translation was made from, when the history still has it, and the change. */
  previousThai?: string
  diff?: DiffPart[]
}

export interface TranslationReport {
  locales: LocaleSummary[]
  fields: FieldSource[]
  /** Whether the user asking may record a review of the language asked. */
  canReview: boolean
}

/** Who may review a language: editors, and translators of that language; never the person who translated it last. */
const mayReview = (user: StaffUser | null | undefined, locale: Locale) =>
  hasRole(user, 'admin', 'editor') || (hasRole(user, 'translator') && (user?.translatorLocales ?? []).includes(locale))

async function load(req: PayloadRequest, collection: CollectionSlug, paths: string[][]) {
  if (!isOfficeStaff(req.user)) throw new APIError(reqText(req, 'reviewNotAllowed'), 403, undefined, true)
  const id = req.routeParams?.id as string
  // Reading as the user first: access rules (visibility, restricted readers) decide whether the entry exists for them.
  await req.payload.findByID({ collection, id, req, overrideAccess: false, draft: true, depth: 0, locale: defaultLocale })
  const doc = await latestWithAllLocales(req.payload, collection, id)
  const requested = req.searchParams.get('locale')
  const locale = isLocale(requested) && requested !== defaultLocale ? requested : undefined
  return { id, doc, fields: allLocaleTexts(doc, paths), state: (doc?.[stateFieldName] ?? {}) as TranslationState, locale }
}

/** The Thai texts the stale fields were translated from, looked up in the document's history by their fingerprints. */
async function previousThai(req: PayloadRequest, collection: CollectionSlug, id: string, paths: string[][], wanted: Map<string, string>) {
  const found = new Map<string, string>()
  if (wanted.size === 0) return found
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    locale: defaultLocale,
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const version of asDocs(docs)) {
    for (const field of oneLocaleTexts(isDoc(version.version) ? version.version : undefined, paths, defaultLocale)) {
      const text = field.texts[defaultLocale] ?? ''
      if (!found.has(field.key) && wanted.get(field.key) === hashText(text)) found.set(field.key, text)
    }
  }
  return found
}

export const translationEndpoints = (collection: CollectionSlug, paths: string[][]): Endpoint[] => [
  {
    path: '/:id/translations',
    method: 'get',
    handler: async (req) => {
      const { id, fields, state, locale } = await load(req, collection, paths)
      const locales = targetLocales.map((l): LocaleSummary => {
        const { status, fields: statuses } = assess(fields, state, l)
        const review = state[l]?.review
        return {
          locale: l,
          status,
          pending: statuses.filter((f) => f.status !== 'current').map((f) => f.path),
          by: state[l]?.by,
          at: state[l]?.at,
          ...(status === 'reviewed' && review && { review: { by: review.by, at: review.at } }),
        }
      })
      const report: TranslationReport = { locales, fields: [], canReview: false }
      if (locale) {
        const { fields: statuses, status } = assess(fields, state, locale)
        const stale = new Map(
          statuses.filter((f) => f.status === 'stale' && state[locale]?.sources[f.key]).map((f) => [f.key, state[locale]!.sources[f.key]!] as const),
        )
        const earlier = await previousThai(req, collection, id, paths, stale)
        report.fields = fields.map((field) => {
          const thai = field.texts[defaultLocale] ?? ''
          const fieldState = statuses.find((f) => f.key === field.key)?.status ?? 'current'
          const before = earlier.get(field.key)
          return { path: field.path, status: fieldState, thai, ...(before !== undefined && { previousThai: before, diff: wordDiff(before, thai) }) }
        })
        const user = req.user as StaffUser | null
        report.canReview = status === 'current' && mayReview(user, locale) && state[locale]?.by !== user?.email
      }
      return Response.json(report)
    },
  },
  {
    path: '/:id/translations/review',
    method: 'post',
    handler: async (req) => {
      const { doc, fields, state, locale } = await load(req, collection, paths)
      const user = req.user as StaffUser | null
      if (!locale || !mayReview(user, locale)) throw new APIError(reqText(req, 'reviewNotAllowed'), 403, { locale: locale ?? null }, true)
      const { status } = assess(fields, state, locale)
      if (status !== 'current' && status !== 'reviewed') throw new APIError(reqText(req, 'reviewOnlyCurrent'), 409, { status }, true)
      if (state[locale]?.by && state[locale]?.by === user?.email) throw new APIError(reqText(req, 'reviewSecondPerson'), 409, undefined, true)
      const review = { by: user?.email ?? '', at: new Date().toISOString(), fingerprint: reviewFingerprint(withThai(fields), locale) }
      const next: TranslationState = { ...state, [locale]: { ...state[locale]!, review } }
      // As the system, not as the reviewer: a translator's rules are about their own writes, and this is a record.
      await saveAsItStands(req.payload, collection, doc!, { [stateFieldName]: next }, { translationReview: true })
      return Response.json({ message: reqText(req, 'reviewDone') })
    },
  },
]
