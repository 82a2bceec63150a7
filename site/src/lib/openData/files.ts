/**
 * Every open data file of a build (ARCHITECTURE.md, "Open data files"), made from the public content and nothing else,
 * in a fixed order: the CSV tables, the glossary as JSON and TBX, then the Data Package and the DCAT catalog, which
 * describe the others by size and hash. A pure function of the content and the settings: the same bundle gives
 * byte-identical files.
 */
import { createHash } from 'node:crypto'
import { glossaryTbx } from '../../../../content/tbx/write.ts'
import { romanizationTag } from '../../../../content/tbx/dialect.ts'
import { dateKey, locales } from '../../../../content/schema/index.ts'
import type { SiteContent } from '../publicContent.ts'
import { catalog } from './catalog.ts'
import { decodeList } from './csv.ts'
import { dataPackage } from './datapackage.ts'
import { glossaryJson } from './glossaryJson.ts'
import type { OpenDataSettings } from './settings.ts'
import { table, tableNames, type TableName } from './tables.ts'
import { inEveryLanguage, publisherName } from './text.ts'

export type FileFormat = 'csv' | 'json' | 'tbx' | 'datapackage' | 'catalog'
export interface OpenDataFile {
  name: string
  mediaType: string
  format: FileFormat
  /** The dataset the file is a form of; none for the files that describe the others. */
  dataset?: TableName
  body: string
}
/** What the landing page and the catalog say of a file. */
export interface FileSummary extends Omit<OpenDataFile, 'body'> {
  bytes: number
  sha256: string
}

export const openDataFolder = 'open-data'
export const fileUrl = (name: string, site: string) => new URL(`/${openDataFolder}/${name}`, site).href

export const summarize = (file: OpenDataFile): FileSummary => {
  const { body, ...rest } = file
  return { ...rest, bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') }
}

/** The earliest and latest date in a table's date columns: the period the dataset covers. */
function temporalCoverage({ columns, rows }: ReturnType<typeof table>): { start: string; end: string } | undefined {
  const dates = rows.flatMap((row) =>
    columns.flatMap((column, i) => (column.format === 'date' && row[i] ? (column.list ? decodeList(row[i]!) : [row[i]!]) : [])),
  )
  const sorted = dates.filter(Boolean).sort((a, b) => dateKey(a).localeCompare(dateKey(b)))
  return sorted.length > 0 ? { start: sorted[0]!, end: sorted.at(-1)! } : undefined
}

function glossaryTbxFile(content: SiteContent, { licence, site }: OpenDataSettings): string {
  const publisher = publisherName().en
  return glossaryTbx(content.glossary, {
    title: inEveryLanguage('openData.datasets.glossary.title').en,
    publication: [publisher, `Licence: ${licence.title} (${licence.id}), ${licence.url}`, `Cite as: ${publisher}. ${fileUrl('glossary.tbx', site)}.`],
    source: [
      `The public glossary of ${site}, in ${locales.join(', ')}. Concept ids are the terms' slugs (an underscore before one that starts with a digit).`,
      `Definitions are CommonMark Markdown. Romanizations are language sections of their own: ${locales.map(romanizationTag).join(', ')}.`,
    ],
  })
}

export function openDataFiles(content: SiteContent, settings: OpenDataSettings): OpenDataFile[] {
  const tables = new Map(tableNames.map((name) => [name, table(name, content, settings.site)]))
  const data: OpenDataFile[] = [
    ...tableNames.map((name) => ({ name: `${name}.csv`, mediaType: 'text/csv', format: 'csv' as const, dataset: name, body: tables.get(name)!.body })),
    { name: 'glossary.json', mediaType: 'application/json', format: 'json', dataset: 'glossary', body: glossaryJson(content, settings) },
    { name: 'glossary.tbx', mediaType: 'application/x-tbx+xml', format: 'tbx', dataset: 'glossary', body: glossaryTbxFile(content, settings) },
  ]
  const described = data.map(summarize)
  const datapackage: OpenDataFile = { name: 'datapackage.json', mediaType: 'application/json', format: 'datapackage', body: dataPackage(described, settings) }
  const coverage = Object.fromEntries(tableNames.map((name) => [name, temporalCoverage(tables.get(name)!)]))
  const catalogFile: OpenDataFile = {
    name: 'catalog.jsonld',
    mediaType: 'application/ld+json',
    format: 'catalog',
    body: catalog([...described, summarize(datapackage)], coverage, settings),
  }
  return [...data, datapackage, catalogFile]
}
