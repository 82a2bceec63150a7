/**
 * `catalog.jsonld`: a DCAT catalog of the datasets following DCAT-AP 3, the profile CKAN's ckanext-dcat harvests:
 * titles, descriptions and keywords in all five languages, the publisher and its contact point, licence, access rights
 * (public: the data classification Thailand's government data catalogue asks for), languages, update frequency,
 * themes, temporal coverage, and each file as a distribution with its media type, size, checksum and download URL.
 */
import { langTag, locales, type Locale } from '../locales.ts'
import { fileUrl, type FileSummary } from './files.ts'
import type { OpenDataSettings } from './settings.ts'
import { tableNames, type TableName } from './tables.ts'
import { inEveryLanguage, publisherName } from './text.ts'

const eu = 'http://publications.europa.eu/resource/authority'
/** The EU authority table codes of the site's languages (ISO 639-3). */
const languageCodes: Record<Locale, string> = { th: 'THA', en: 'ENG', zh: 'ZHO', ja: 'JPN', ko: 'KOR' }
/** Data themes (EU data-theme authority table): government and public sector, international issues. */
const themes: Record<TableName, string[]> = {
  glossary: ['GOVE', 'EDUC'],
  partners: ['INTR', 'GOVE'],
  agreements: ['INTR', 'GOVE'],
  activities: ['INTR', 'GOVE'],
}
const fileTypes: Record<FileSummary['format'], string> = { csv: 'CSV', json: 'JSON', tbx: 'XML', datapackage: 'JSON', catalog: 'JSON_LD' }
const conformsTo: Partial<Record<FileSummary['format'], string[]>> = {
  csv: ['https://www.rfc-editor.org/rfc/rfc4180', 'https://datapackage.org/standard/table-schema/'],
  tbx: ['https://www.iso.org/standard/62510.html', 'https://www.tbxinfo.net/tbx-basic/'],
  datapackage: ['https://datapackage.org/profiles/2.0/datapackage.json'],
  catalog: ['https://semiceu.github.io/DCAT-AP/releases/3.0.0/'],
}

const literal = (texts: Record<Locale, string>) => locales.map((lang) => ({ '@value': texts[lang], '@language': langTag[lang] }))
const keywords = (table: TableName) => {
  const words = inEveryLanguage(`openData.datasets.${table}.keywords`)
  return locales.flatMap((lang) => words[lang].split(/,\s*/).map((word) => ({ '@value': word, '@language': langTag[lang] })))
}
/** A reduced-precision ISO date as its XML Schema type. */
const dateLiteral = (date: string) => ({ '@value': date, '@type': date.length === 4 ? 'xsd:gYear' : date.length === 7 ? 'xsd:gYearMonth' : 'xsd:date' })

export function catalog(files: FileSummary[], coverage: Record<string, { start: string; end: string } | undefined>, settings: OpenDataSettings): string {
  const { licence, site, contactEmail } = settings
  const base = fileUrl('', site)
  const landing = { '@id': new URL('/en/open-data/', site).href }
  const publisher = {
    '@id': `${site.replace(/\/$/, '')}/#office`,
    '@type': 'foaf:Agent',
    'foaf:name': literal(publisherName()),
    'foaf:homepage': { '@id': new URL('/en/', site).href },
  }
  const contactPoint = {
    '@type': 'vcard:Organization',
    'vcard:fn': literal(publisherName()),
    'vcard:hasURL': { '@id': new URL('/en/', site).href },
    'vcard:hasAddress': { '@type': 'vcard:Address', 'vcard:street-address': inEveryLanguage('footer.text').en, 'vcard:country-name': 'Thailand' },
    ...(contactEmail && { 'vcard:hasEmail': { '@id': `mailto:${contactEmail}` } }),
  }
  const common = {
    'dct:publisher': publisher,
    'dcat:contactPoint': contactPoint,
    'dct:license': { '@id': licence.url },
    'dct:accessRights': { '@id': `${eu}/access-right/PUBLIC` },
    'dct:language': locales.map((lang) => ({ '@id': `${eu}/language/${languageCodes[lang]}` })),
    'dct:accrualPeriodicity': { '@id': `${eu}/frequency/IRREG` },
    'dcat:landingPage': landing,
  }
  const distribution = (file: FileSummary) => ({
    '@id': `${fileUrl(file.name, site)}#distribution`,
    '@type': 'dcat:Distribution',
    'dct:title': file.name,
    'dcat:accessURL': { '@id': fileUrl(file.name, site) },
    'dcat:downloadURL': { '@id': fileUrl(file.name, site) },
    'dcat:mediaType': {
      '@id': `http://www.iana.org/assignments/media-types/${file.mediaType === 'application/x-tbx+xml' ? 'application/xml' : file.mediaType}`,
    },
    'dct:format': { '@id': `${eu}/file-type/${fileTypes[file.format]}` },
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': file.sha256 },
    'dct:license': { '@id': licence.url },
    ...(conformsTo[file.format] && { 'dct:conformsTo': conformsTo[file.format]!.map((id) => ({ '@id': id })) }),
  })
  const datapackage = files.find((file) => file.format === 'datapackage')
  const datasets = tableNames.map((table) => {
    const period = coverage[table]
    const own = files.filter((file) => file.dataset === table)
    return {
      '@id': `${base}#${table}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `bma-international-affairs-${table}`,
      'dct:title': literal(inEveryLanguage(`openData.datasets.${table}.title`)),
      'dct:description': literal(inEveryLanguage(`openData.datasets.${table}.description`)),
      'dcat:keyword': keywords(table),
      'dcat:theme': themes[table].map((code) => ({ '@id': `${eu}/data-theme/${code}` })),
      ...common,
      ...(period && { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': dateLiteral(period.start), 'dcat:endDate': dateLiteral(period.end) } }),
      'dcat:distribution': [...own, ...(own.some((file) => file.format === 'csv') && datapackage ? [datapackage] : [])].map(distribution),
    }
  })
  const document = {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': fileUrl('catalog.jsonld', site),
    '@type': 'dcat:Catalog',
    'dct:title': literal(inEveryLanguage('openData.title')),
    'dct:description': literal(inEveryLanguage('openData.description')),
    'dct:publisher': publisher,
    'foaf:homepage': landing,
    'dct:license': { '@id': licence.url },
    'dct:language': common['dct:language'],
    'dcat:themeTaxonomy': { '@id': `${eu}/data-theme` },
    'dcat:dataset': datasets,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
