/**
 * The Translations view (`/admin/translations`): for a translator, the entries missing or stale in their languages,
 * the longest waiting first, with counts; for editors and admins, the same work in every language and the coverage
 * of each language per collection. Every number opens the filtered list.
 */
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../AdminPage.tsx'
import { collections, localeFacts, type Locale } from '../../../content/schema/index.ts'
import { hasRole, isOfficeStaff, type StaffUser } from '../../access/roles.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { tr, type HasTranslate } from '../../i18n/translate.ts'
import { targetLocales, translationStatuses } from '../../translations/status.ts'
import { coverage, statusListUrl, worklist } from '../../translations/worklist.ts'
import { StatusBadge } from './StatusBadge.tsx'

const shown = 100

export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const t = (key: MessageKey, vars?: Record<string, unknown>) => tr(i18n as HasTranslate, key, vars)
  const adminRoute = payload.config.routes.admin
  const staff = user as StaffUser | null
  const editor = hasRole(user, 'admin', 'editor')
  const languages: Locale[] = editor ? targetLocales : ((staff?.translatorLocales ?? []).filter((l) => l !== 'th') as Locale[])
  const number = new Intl.NumberFormat(i18n.language === 'th' ? 'th-TH' : 'en-GB')
  const dates = new Intl.DateTimeFormat(i18n.language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' })
  const label = (collection: string) => getTranslation(payload.collections[collection as 'glossary'].config.labels.plural, i18n)
  const work = isOfficeStaff(user) && languages.length > 0 ? await worklist(payload, user, languages) : undefined
  const cover = editor ? await coverage(payload, user) : undefined

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="bma-translations">
      <h1>{t('translationsView')}</h1>
      <p>{t('translationsIntro')}</p>
      {!isOfficeStaff(user) || languages.length === 0 ? (
        <p>{t('noLocalesAssigned')}</p>
      ) : (
        <>
          <p>{t('yourLocales', { locales: languages.map((l) => localeFacts[l].label).join(', ') })}</p>
          <table className="bma-translations__counts">
            <thead>
              <tr>
                <th scope="col">{t('language')}</th>
                <th scope="col">{t('status_missing')}</th>
                <th scope="col">{t('status_stale')}</th>
              </tr>
            </thead>
            <tbody>
              {languages.map((l) => (
                <tr key={l} data-locale={l}>
                  <th scope="row">{localeFacts[l].label}</th>
                  <td data-status="missing">{number.format(work!.counts[l].missing)}</td>
                  <td data-status="stale">{number.format(work!.counts[l].stale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {work!.items.length === 0 ? (
            <p>{t('nothingToTranslate')}</p>
          ) : (
            <table className="bma-translations__work">
              <thead>
                <tr>
                  <th scope="col">{t('entry')}</th>
                  <th scope="col">{t('collection')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('translationStatus')}</th>
                  <th scope="col">{t('waitingSince')}</th>
                </tr>
              </thead>
              <tbody>
                {work!.items.slice(0, shown).map((item) => (
                  <tr key={`${item.collection}-${item.id}-${item.locale}`} data-locale={item.locale} data-collection={item.collection}>
                    <td>
                      <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${item.locale}`}>{item.title}</a>
                    </td>
                    <td>{label(item.collection)}</td>
                    <td lang={item.locale}>{localeFacts[item.locale].label}</td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td>{dates.format(new Date(item.updatedAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {work!.items.length > shown && <p>{t('showMore', { count: number.format(work!.items.length - shown) })}</p>}
        </>
      )}
      {cover && (
        <section aria-labelledby="coverage-title">
          <h2 id="coverage-title">{t('coverageTitle')}</h2>
          <p>{t('coverageIntro')}</p>
          {targetLocales.map((l) => (
            <table key={l} className="bma-translations__coverage" data-locale={l}>
              <caption lang={l}>{localeFacts[l].label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('collection')}</th>
                  {translationStatuses.map((s) => (
                    <th key={s} scope="col">
                      {t(`status_${s}` as MessageKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {collections.map((c) => (
                  <tr key={c} data-collection={c}>
                    <th scope="row">{label(c)}</th>
                    {translationStatuses.map((s) => (
                      <td key={s} data-status={s}>
                        <a href={statusListUrl(adminRoute, c, l, s)}>{number.format(cover.cells[l][c][s])}</a>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      )}
    </AdminPage>
  )
}
