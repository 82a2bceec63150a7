/**
 * The admin's home page for the office's executives and staff: reminders first, then the overview charts (partners,
 * agreements, activities, translations) and the latest deploys. Rendered on the server; no chart script.
 */
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import { localeFacts, type CollectionName, type Locale } from '../../../content/schema/index.ts'
import { isOfficeStaff } from '../../access/roles.ts'
import { listUrl } from '../../admin/listUrl.ts'
import { overview, type Counted, type Row } from '../../dashboard/overview.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { tr, type HasTranslate } from '../../i18n/translate.ts'
import { openReminders } from '../../reminders/openReminders.ts'
import { BarChart, type ChartRow, type Series } from './BarChart.tsx'

const colours = { cities: '#1f5fa8', organizations: '#c2691d', agreements: '#2f7d4a', activities: '#7a3d9c', translated: '#2f7d4a' }

/** The label of a select option as the collection defines it, in the admin's language. */
function optionLabel(payload: Payload, collection: CollectionName, field: string, value: string, i18n: Parameters<typeof getTranslation>[1]): string {
  const config = payload.collections[collection].config.fields.find((f) => 'name' in f && f.name === field) as
    { options?: { value: string; label: unknown }[] } | undefined
  const option = config?.options?.find((o) => o.value === value)
  return option ? getTranslation(option.label as string, i18n) : value
}

export async function Overview({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const language = i18n.language
  const t = (key: MessageKey, vars?: Record<string, unknown>) => tr(i18n as HasTranslate, key, vars)
  const adminRoute = payload.config.routes.admin
  const data = await overview(payload, user)
  const reminders = await openReminders(payload, user, language === 'en' ? 'en' : 'th')
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB')
  const dates = new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' })
  const words = { showTable: t('showTable'), category: t('category'), total: t('total'), noData: t('noData') }
  const href = (counted: Counted) => listUrl(adminRoute, counted.collection, counted.where)
  const rows = (source: Row[], label: (key: string) => string): ChartRow[] =>
    source.map((row) => ({
      key: row.key,
      label: row.key === '-' ? t('none') : label(row.key),
      values: Object.fromEntries(Object.entries(row.values).map(([series, counted]) => [series, { count: counted!.count, href: href(counted!) }])),
    }))
  const partnerSeries: Series[] = [
    { key: 'cities', label: t('city'), colour: colours.cities },
    { key: 'organizations', label: t('organization'), colour: colours.organizations },
  ]
  const kindLabel = (key: string) => {
    const asCity = optionLabel(payload, 'cities', 'relationship', key, i18n)
    return asCity !== key ? asCity : optionLabel(payload, 'organizations', 'kind', key, i18n)
  }
  const chart = (id: string, title: string, series: Series[], source: ChartRow[], limit?: number) => (
    <section className="bma-overview__card" aria-labelledby={`${id}-title`}>
      <BarChart id={id} title={title} series={series} rows={source} words={{ ...words, chartOf: t('chartOf', { title }) }} language={language} limit={limit} />
    </section>
  )
  const coverageRows: ChartRow[] = (Object.keys(data.coverage) as Exclude<Locale, 'th'>[]).map((locale) => ({
    key: locale,
    label: localeFacts[locale].label,
    values: { translated: { count: data.coverage[locale]!.translated, href: `${adminRoute}/translations` } },
  }))
  const staff = isOfficeStaff(user)

  return (
    <Gutter className="bma-overview">
      <h1>{t('overview')}</h1>
      <p>{t('overviewIntro')}</p>

      {staff && (
        <section className="bma-overview__reminders" aria-labelledby="reminders-title">
          <h2 id="reminders-title">{t('reminders')}</h2>
          {reminders.length === 0 ? (
            <p>{t('noReminders')}</p>
          ) : (
            <ul>
              {reminders.map((r) => (
                <li key={r.key} data-threshold={r.threshold} className={`bma-reminder bma-reminder--${r.threshold}`}>
                  <a href={`${adminRoute}/collections/agreements/${r.agreementId}`}>{r.title}</a> {t(`threshold_${r.threshold}` as MessageKey)} ({t('expires')}{' '}
                  {r.expires})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <div className="bma-overview__grid">
        {chart('partners-kind', t('partnersByKind'), partnerSeries, rows(data.partnersByKind, kindLabel))}
        {chart(
          'partners-region',
          t('partnersByRegion'),
          partnerSeries,
          rows(data.partnersByRegion, (code) => regionNames.of(code) ?? code),
        )}
        {chart(
          'partners-country',
          t('partnersByCountry'),
          partnerSeries,
          rows(data.partnersByCountry, (code) => regionNames.of(code) ?? code),
          15,
        )}
        {chart(
          'agreements-status',
          t('agreementsByStatus'),
          [{ key: 'agreements', label: t('count'), colour: colours.agreements }],
          rows(data.agreementsByStatus, (key) => optionLabel(payload, 'agreements', 'status', key, i18n)),
        )}
        <section className="bma-overview__card" aria-labelledby="expiring-title">
          <h2 id="expiring-title" className="bma-chart__title">
            {t('agreementsExpiring')}: <a href={href(data.expiring.total)}>{number.format(data.expiring.total.count)}</a>
          </h2>
          {data.expiring.agreements.length === 0 ? (
            <p>{t('noData')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry')}</th>
                  <th scope="col">{t('expires')}</th>
                </tr>
              </thead>
              <tbody>
                {data.expiring.agreements.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={`${adminRoute}/collections/agreements/${a.id}`}>{a.title}</a>
                    </td>
                    <td>
                      {a.expires} ({t('daysLeft', { days: number.format(a.days) })})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {chart(
          'activities-year',
          t('activitiesByYear'),
          [{ key: 'activities', label: t('count'), colour: colours.activities }],
          rows(data.activitiesByYear, (year) => year),
        )}
        {chart(
          'activities-sector',
          t('activitiesBySector'),
          [{ key: 'activities', label: t('count'), colour: colours.activities }],
          rows(data.activitiesBySector, (id) => data.sectorNames[id] ?? id),
        )}
        {staff && (
          <section className="bma-overview__card" aria-labelledby="coverage-title">
            <BarChart
              id="coverage"
              title={t('translationCoverage')}
              series={[{ key: 'translated', label: t('status_current'), colour: colours.translated }]}
              rows={coverageRows}
              words={{ ...words, chartOf: t('chartOf', { title: t('translationCoverage') }) }}
              language={language}
            >
              <ul className="bma-overview__coverage">
                {coverageRows.map((row) => {
                  const c = data.coverage[row.key as Exclude<Locale, 'th'>]!
                  const percent = c.total === 0 ? 100 : Math.floor((c.translated / c.total) * 100)
                  return (
                    <li key={row.key}>
                      {row.label}: {t('percentTranslated', { percent })} ({number.format(c.translated)}/{number.format(c.total)})
                    </li>
                  )
                })}
              </ul>
            </BarChart>
          </section>
        )}
        {staff && (
          <section className="bma-overview__card" aria-labelledby="deploys-title">
            <h2 id="deploys-title" className="bma-chart__title">
              {t('latestDeploys')}
            </h2>
            {data.deploys.length === 0 ? (
              <p>{t('noDeployYet')}</p>
            ) : (
              <ul>
                {data.deploys.map((d) => (
                  <li key={d.id} data-state={d.state}>
                    <a href={`${adminRoute}/collections/deploys/${d.id}`}>{d.title}</a> —{' '}
                    <strong>{t(`deployState_${d.state ?? 'queued'}` as MessageKey)}</strong>
                    {d.finishedAt ? ` · ${dates.format(new Date(d.finishedAt))}` : ''}
                    {d.state === 'failed' && d.error ? (
                      <div>
                        {t('whyFailed')}: {d.error.slice(0, 300)}
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </Gutter>
  )
}
