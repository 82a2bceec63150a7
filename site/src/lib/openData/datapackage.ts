/**
 * `datapackage.json`: a Frictionless Data Package (v2 profile) describing every CSV file with its Table Schema
 * (tableSchema.ts), its size and hash, the licence, the publisher and where the data come from.
 */
import { byteOrderMark, listSeparator } from './csv.ts'
import type { FileSummary } from './files.ts'
import type { OpenDataSettings } from './settings.ts'
import { tableSchema } from './tableSchema.ts'
import type { TableName } from './tables.ts'
import { inEveryLanguage, publisherName } from './text.ts'

const profiles = 'https://datapackage.org/profiles/2.0'

export function dataPackage(files: FileSummary[], { licence, site }: OpenDataSettings): string {
  const csvs = files.filter((file) => file.format === 'csv')
  const english = (key: string) => inEveryLanguage(key).en
  const descriptor = {
    $schema: `${profiles}/datapackage.json`,
    name: 'bma-international-affairs',
    title: english('openData.title'),
    description: english('openData.description'),
    homepage: new URL('/en/open-data/', site).href,
    keywords: [...new Set(csvs.flatMap((file) => english(`openData.datasets.${file.dataset}.keywords`).split(/,\s*/)))],
    licenses: [{ name: licence.id, path: licence.url, title: licence.title }],
    contributors: [{ title: publisherName().en, path: site, roles: ['publisher'] }],
    sources: [{ title: `${publisherName().en}: published content of ${site}`, path: site }],
    resources: csvs.map((file) => ({
      $schema: `${profiles}/dataresource.json`,
      name: file.dataset,
      type: 'table',
      path: file.name,
      title: english(`openData.datasets.${file.dataset}.title`),
      description: english(`openData.datasets.${file.dataset}.description`),
      format: 'csv',
      mediatype: file.mediaType,
      encoding: 'utf-8',
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      dialect: {
        $schema: `${profiles}/tabledialect.json`,
        header: true,
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
        description: [
          `UTF-8 with a byte order mark (U+${byteOrderMark.codePointAt(0)!.toString(16).toUpperCase()}), so that spreadsheets read it as UTF-8.`,
          `A list holds its items separated by "${listSeparator}", a "${listSeparator}" or "\\" inside an item escaped with "\\"; a list of objects is written item by item across its columns (the n-th items of each belong together).`,
          "A text starting with =, +, - or @ (or ' before one of these) is written with a leading ', so that spreadsheets do not run it as a formula: remove one leading ' from such a cell to read the text.",
        ].join(' '),
      },
      schema: tableSchema(file.dataset as TableName),
    })),
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`
}
