/**
 * What the open data landing page (`/{lang}/open-data/`) shows: the datasets with their files, the licence, how to cite,
 * and its schema.org JSON-LD (a `DataCatalog` of `Dataset`s with their downloads), for search engines' dataset search.
 */
import { useTranslations } from '../i18n.ts'
import { intlLocale, langTag, locales, type Locale } from '../locales.ts'
import { fileUrl, type FileSummary } from './files.ts'
import type { OpenDataSettings } from './settings.ts'
import { tableNames, type TableName } from './tables.ts'

export interface DatasetView {
  name: TableName
  title: string
  description: string
  files: FileSummary[]
}

export const datasetViews = (files: FileSummary[], lang: Locale): DatasetView[] => {
  const t = useTranslations(lang)
  return tableNames.map((name) => ({
    name,
    title: t(`openData.datasets.${name}.title`),
    description: t(`openData.datasets.${name}.description`),
    files: files.filter((file) => file.dataset === name),
  }))
}

/** A file's size as the page shows it: kilobytes in the language's number format. */
export const fileSize = (bytes: number, lang: Locale) =>
  useTranslations(lang)('openData.bytes', {
    size: new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024),
  })

export function landingJsonLd(files: FileSummary[], lang: Locale, { licence, site }: OpenDataSettings, pageUrl: string) {
  const t = useTranslations(lang)
  const publisher = { '@type': 'GovernmentOrganization', name: t('site.name'), url: new URL(`/${lang}/`, site).href }
  return {
    '@type': 'DataCatalog',
    name: t('openData.title'),
    description: t('openData.description'),
    url: pageUrl,
    publisher,
    license: licence.url,
    dataset: datasetViews(files, lang).map((dataset) => ({
      '@type': 'Dataset',
      '@id': `${fileUrl('catalog.jsonld', site)}#${dataset.name}`,
      name: dataset.title,
      description: dataset.description,
      url: pageUrl,
      keywords: t(`openData.datasets.${dataset.name}.keywords`).split(/,\s*/),
      creator: publisher,
      publisher,
      license: licence.url,
      isAccessibleForFree: true,
      inLanguage: locales.map((l) => langTag[l]),
      distribution: dataset.files.map((file) => ({
        '@type': 'DataDownload',
        name: file.name,
        encodingFormat: file.mediaType,
        contentUrl: fileUrl(file.name, site),
        contentSize: `${file.bytes} B`,
      })),
    })),
  }
}
