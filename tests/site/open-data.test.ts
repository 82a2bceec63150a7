/**
 * The open data files of a built site (ARCHITECTURE.md, "Open data files"), from a fixture bundle with a unique
 * CANARY string in every staff-only field, every non-public entry and document and every draft: none reaches a file, a
 * landing page or its JSON-LD. Each CSV parses back to the public bundle; the Data Package's schemas are the CSV
 * headers; every catalog distribution is a file of that size; cells a spreadsheet would run are neutralised; the same
 * bundle gives the same bytes; and the landing page exists in five languages with schema.org Dataset JSON-LD.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { readBundle } from '../../content/bundle.ts'
import { collections, fieldsOf, registry, unwrap, type CollectionName, type EntryOf } from '../../content/schema/index.ts'
import { readTbx } from '../../content/tbx/read.ts'
import { decodeList, parseCsv, unneutralise } from '../../site/src/lib/openData/csv.ts'
import { openDataFiles } from '../../site/src/lib/openData/files.ts'
import { openDataSettings } from '../../site/src/lib/openData/settings.ts'
import { tableColumns, tableNames, tables, type TableColumn } from '../../site/src/lib/openData/tables.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'
import type { Json } from '../support/json.ts'
import { buildFixture, buildSite, filesUnder, locales, page, repo, tempDir } from '../support/site.ts'

const bundleDir = join(repo, 'tests/fixtures/open-data-bundle')
const site = 'https://international.bangkok.go.th'
const fileNames = ['glossary.csv', 'partners.csv', 'agreements.csv', 'activities.csv', 'glossary.json', 'glossary.tbx', 'datapackage.json', 'catalog.jsonld']
let dist = ''
let cleanup = async () => {}
const raw = await readBundle(bundleDir)
const content = publicContent(raw)
const file = (name: string) => readFileSync(join(dist, 'open-data', name), 'utf8')
const json = (name: string) => JSON.parse(file(name)) as Json

beforeAll(async () => {
  ;({ dist, cleanup } = await buildFixture(bundleDir))
})
afterAll(() => cleanup())

describe('the canary', () => {
  it('the fixture carries a canary in every staff-only text field, every non-public entry and document, and every draft', () => {
    const missing: string[] = []
    for (const collection of collections) {
      for (const { path, kind } of fieldsOf(collection)) {
        if (!kind.staffOnly || path.includes('*')) continue
        // Enumerations (publication state, visibility, review state) cannot hold a canary: their entries carry one elsewhere.
        const def = unwrap((registry[collection].schema.shape as Record<string, z.ZodType>)[path[0]!]!).schema._zod.def as { type: string }
        if (def.type === 'enum') continue
        const values = raw[collection].map((entry) => JSON.stringify((entry as Record<string, unknown>)[path[0]!] ?? ''))
        if (!values.some((value) => /CANARY|canary|@example\.org/.test(value))) missing.push(`${collection}.${path.join('.')}`)
      }
      for (const entry of raw[collection] as EntryOf<CollectionName>[]) {
        const record = entry as Record<string, unknown>
        const hidden = record.status === 'draft' || record.publication === 'draft' || (record.visibility !== undefined && record.visibility !== 'public')
        if (hidden && !/CANARY/.test(JSON.stringify(entry))) missing.push(`${collection}/${entry.slug}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('appears in no open data file, no landing page and no JSON-LD', () => {
    const found: string[] = []
    for (const name of fileNames) if (/canary|reader@example|delegate@example|canary-city@|canary-org@/i.test(file(name))) found.push(name)
    for (const lang of locales) {
      const html = page(dist, `/${lang}/open-data/`)
      if (/canary/i.test(html)) found.push(`/${lang}/open-data/`)
    }
    expect(found).toEqual([])
  })

  it('appears nowhere in the built site, and no non-public document is copied', () => {
    const leaks = filesUnder(dist).filter((name) => /canary/i.test(name) || /CANARY/.test(readFileSync(join(dist, name)).toString('latin1')))
    expect(leaks).toEqual([])
  })
})

describe('files', () => {
  it('are all there, and each is linked from the landing page in every language', () => {
    expect(readdirSync(join(dist, 'open-data')).sort()).toEqual([...fileNames].sort())
    for (const lang of locales) {
      const html = page(dist, `/${lang}/open-data/`)
      for (const name of fileNames) expect(html, `${lang}: ${name}`).toContain(`href="/open-data/${name}"`)
    }
  })

  it('are the bytes the same bundle gives again, made in another process', () => {
    for (const made of openDataFiles(content, openDataSettings({}))) expect(file(made.name), made.name).toBe(made.body)
  })
})

/** Reads a table's CSV back into entries: the inverse of the columns, as any reader following datapackage.json would. */
function readBack(columns: TableColumn[], rows: string[][]): Map<string, Record<string, unknown>> {
  const entries = new Map<string, Record<string, unknown>>()
  for (const row of rows) {
    const id = row[columns.findIndex((c) => c.name === 'id')]!
    const collection = id.split('/')[0] as CollectionName
    const entry: Record<string, unknown> = {}
    columns.forEach((tableColumn, i) => {
      const column = tableColumn.from[collection]
      const cell = row[i]!
      if (!column || column.name === 'id' || cell === '') return
      const value = (text: string): unknown => {
        if (column.value === 'number') return Number(text)
        if (column.value === 'boolean') return text === 'true'
        if (column.value === 'json') return JSON.parse(text)
        const plain = unneutralise(text)
        if (column.value === 'reference') return column.reference!.form === 'slug' ? plain.split('/')[1] : plain
        if (column.value === 'document') return decodeURIComponent(new URL(plain).pathname.replace(/^\/media\//, ''))
        return plain
      }
      const put = (target: Record<string, unknown>, path: string[], item: unknown) => {
        let node = target
        for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
        const last = path.at(-1)!
        if (column.locale) ((node[last] ??= {}) as Record<string, unknown>)[column.locale] = item
        else node[last] = item
      }
      const star = column.path.indexOf('*')
      if (star < 0) return put(entry, column.path, column.list ? decodeList(cell).map(value) : value(cell))
      const items = ((entry[column.path[0]!] as Record<string, unknown>[] | undefined) ??= [])
      decodeList(cell).forEach((text, n) => {
        const item = (items[n] ??= {})
        if (text === '') return
        if (column.path.length === star + 1) items[n] = column.locale ? { ...item, [column.locale]: value(text) } : (value(text) as Record<string, unknown>)
        else put(item, column.path.slice(star + 1), value(text))
      })
    })
    entries.set(id, entry)
  }
  return entries
}

/** A public entry without what the CSV leaves out by design: images and their alternative text. */
function withoutImages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutImages).filter((item) => !(item && typeof item === 'object' && Object.keys(item).length === 0))
  if (!value || typeof value !== 'object') return value
  const kept = Object.entries(value).filter(([key]) => !['image', 'imageAlt', 'gallery', 'alt'].includes(key))
  return Object.fromEntries(kept.map(([key, item]) => [key, withoutImages(item)]).filter(([, item]) => !(Array.isArray(item) && item.length === 0)))
}

describe('CSV', () => {
  it.each(tableNames)('%s.csv parses back to the public bundle', (table) => {
    const [header, ...rows] = parseCsv(file(`${table}.csv`))
    const columns = tableColumns(table)
    expect(header).toEqual(columns.map((c) => c.name))
    expect(header![0]).toBe('slug')
    const back = readBack(columns, rows)
    const expected = new Map(
      tables[table].collections.flatMap((collection) =>
        (content[collection] as EntryOf<CollectionName>[]).map((entry) => [`${collection}/${entry.slug}`, withoutImages(entry)] as const),
      ),
    )
    expect([...back.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [id, entry] of expected) expect(back.get(id), id).toEqual(entry)
  })

  it('are UTF-8 with a byte order mark and CRLF rows, and keep Thai, Chinese, Japanese and Korean', () => {
    const bytes = readFileSync(join(dist, 'open-data', 'glossary.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(file('glossary.csv')).toMatch(/\r\n$/)
    expect(file('glossary.csv')).toContain('เมืองพี่เมืองน้อง,Sister city,姐妹城市,姉妹都市,자매도시')
  })

  it('neutralise every cell a spreadsheet would run as a formula', () => {
    const [header, ...rows] = parseCsv(file('glossary.csv'))
    const row = rows.find((r) => r[0] === 'formula-term')!
    const cell = (name: string) => row[header!.indexOf(name)]
    expect([cell('term_th'), cell('term_en'), cell('term_zh'), cell('term_ja'), cell('term_ko')]).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'+SUM(1,2)",
      "'-1+1",
      "'@cmd",
      "''=quoted",
    ])
    expect(decodeList(cell('aliases_en')!)).toEqual(["'=cmd|'/c calc'!A1", 'pipe | inside', 'back\\slash'].map((a, i) => (i === 0 ? a : a)))
    // No text cell in any file starts a formula; numbers (a longitude west of Greenwich) may start with a minus.
    for (const table of tableNames) {
      const [names, ...body] = parseCsv(file(`${table}.csv`))
      const columns = tableColumns(table)
      for (const r of body) {
        r.forEach((value, i) => {
          if (columns[i]!.value !== 'number') expect(value, `${table} ${names![i]}`).not.toMatch(/^[=+\-@\t\r]/)
        })
      }
    }
  })
})

describe('datapackage.json', () => {
  it('describes every CSV with a Table Schema whose fields are its header', () => {
    const descriptor = json('datapackage.json')
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) }])
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(tableNames.map((t) => `${t}.csv`))
    for (const resource of descriptor.resources) {
      const text = file(resource.path)
      expect(resource.bytes).toBe(Buffer.byteLength(text))
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`)
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(parseCsv(text)[0])
      expect(resource.schema.primaryKey).toEqual(['id'])
    }
  })

  it('holds its constraints and foreign keys on the data: required, enums, bounds, and every reference resolves', () => {
    const descriptor = json('datapackage.json')
    const rowsOf = (name: string) => {
      const [header, ...rows] = parseCsv(file(`${name}.csv`))
      return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])))
    }
    const problems: string[] = []
    for (const resource of descriptor.resources) {
      const rows = rowsOf(resource.name)
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const cell = row[field.name]!
          const items = field.type === 'list' ? (cell === '' ? [] : decodeList(cell)) : [cell]
          if (field.constraints?.required && cell === '') problems.push(`${resource.name} ${row.id} ${field.name}: required`)
          for (const item of items) {
            if (field.constraints?.enum && item !== '' && !field.constraints.enum.includes(item))
              problems.push(`${resource.name} ${row.id} ${field.name}: ${item}`)
            if (field.type === 'number' && item !== '' && !(Number(item) >= field.constraints.minimum && Number(item) <= field.constraints.maximum))
              problems.push(`${resource.name} ${row.id} ${field.name}: ${item} out of bounds`)
          }
        }
      }
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
      for (const key of resource.schema.foreignKeys ?? []) {
        const target = key.reference.resource ?? resource.name
        const ids = new Set(rowsOf(target).map((r) => r[key.reference.fields[0]]))
        for (const row of rows) {
          const cell = row[key.fields[0]]!
          for (const item of cell === '' ? [] : decodeList(cell))
            if (!ids.has(item)) problems.push(`${resource.name} ${row.id} ${key.fields[0]}: ${item} is not in ${target}`)
        }
      }
    }
    expect(problems).toEqual([])
    const agreements = descriptor.resources.find((r: { name: string }) => r.name === 'agreements')
    const activities = descriptor.resources.find((r: { name: string }) => r.name === 'activities')
    expect(agreements.schema.foreignKeys).toEqual([{ fields: ['partners'], reference: { resource: 'partners', fields: ['id'] } }])
    expect(activities.schema.foreignKeys).toEqual([
      { fields: ['partners'], reference: { resource: 'partners', fields: ['id'] } },
      { fields: ['agreement'], reference: { resource: 'agreements', fields: ['id'] } },
    ])
  })
})

describe('catalog.jsonld', () => {
  it('is a DCAT catalog in five languages whose every distribution is a file of the size it says', () => {
    const catalog = json('catalog.jsonld')
    expect(catalog['@type']).toBe('dcat:Catalog')
    expect(catalog['dct:title'].map((t: { '@language': string }) => t['@language'])).toEqual(['th', 'en', 'zh-Hans', 'ja', 'ko'])
    const datasets = catalog['dcat:dataset']
    expect(datasets.map((d: { 'dct:identifier': string }) => d['dct:identifier'])).toEqual(tableNames.map((t) => `bma-international-affairs-${t}`))
    const pointedAt = new Set<string>()
    for (const dataset of datasets) {
      expect(dataset['dct:title']).toHaveLength(5)
      expect(dataset['dct:description']).toHaveLength(5)
      expect(dataset['dct:accessRights']['@id']).toBe('http://publications.europa.eu/resource/authority/access-right/PUBLIC')
      expect(dataset['dct:language']).toHaveLength(5)
      expect(dataset['dct:accrualPeriodicity']['@id']).toMatch(/frequency\//)
      expect(dataset['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/')
      expect(dataset['dcat:contactPoint']['vcard:fn']).toHaveLength(5)
      for (const distribution of dataset['dcat:distribution']) {
        const url = new URL(distribution['dcat:downloadURL']['@id'])
        expect(url.origin).toBe(site)
        const path = join(dist, decodeURIComponent(url.pathname))
        expect(existsSync(path), url.pathname).toBe(true)
        expect(Number(distribution['dcat:byteSize']['@value'])).toBe(readFileSync(path).length)
        expect(distribution['spdx:checksum']['spdx:checksumValue']).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'))
        pointedAt.add(url.pathname)
      }
    }
    expect([...pointedAt].sort()).toEqual(
      fileNames
        .filter((n) => n !== 'catalog.jsonld')
        .map((n) => `/open-data/${n}`)
        .sort(),
    )
    const agreements = datasets.find((d: { '@id': string }) => d['@id'].endsWith('#agreements'))
    expect(agreements['dct:temporal']).toEqual({
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': '1987', '@type': 'xsd:gYear' },
      'dcat:endDate': { '@value': '2017-12', '@type': 'xsd:gYearMonth' },
    })
  })
})

describe('glossary.json and glossary.tbx', () => {
  it('hold the public glossary with every language, romanization, aliases, domain, related and sources', () => {
    const glossary = json('glossary.json')
    expect(glossary.terms.map((t: { slug: string }) => t.slug)).toEqual(content.glossary.map((e) => e.slug))
    const sister = glossary.terms.find((t: { slug: string }) => t.slug === 'sister-city')
    expect(sister).toMatchObject({
      domain: 'sister-cities',
      related: ['friendship-city', 'bma'],
      aliases: { en: ['twin town', 'twin city'] },
      romanization: { zh: 'jiěmèi chéngshì' },
    })
    expect(sister.pages.ja).toBe(`${site}/ja/glossary/sister-city/`)
    expect(glossary.domains.map((d: { slug: string }) => d.slug)).toEqual(['environment', 'no-such-domain', 'sister-cities'])
    const { concepts, problems } = readTbx(file('glossary.tbx'))
    expect(problems).toEqual([])
    expect(concepts).toHaveLength(content.glossary.length)
  })
})

describe('landing pages', () => {
  it.each(locales)('/%s/open-data/ shows the licence, how to cite, and schema.org Dataset JSON-LD', (lang) => {
    const html = page(dist, `/${lang}/open-data/`)
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license"')
    expect(html).toContain(`${site}/${lang}/open-data/`)
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Json
    expect(ld['@type']).toBe('DataCatalog')
    expect(ld.dataset.map((d: { '@type': string }) => d['@type'])).toEqual(['Dataset', 'Dataset', 'Dataset', 'Dataset'])
    expect(ld.dataset[0].distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(
      ['glossary.csv', 'glossary.json', 'glossary.tbx'].map((n) => `${site}/open-data/${n}`),
    )
    expect(ld.dataset[0].license).toBe('https://creativecommons.org/licenses/by/4.0/')
  })
})

describe('Wikidata', () => {
  it('a partner’s Wikidata item is in partners.csv and linked from its profile, with sameAs in its JSON-LD', () => {
    const [header, ...rows] = parseCsv(file('partners.csv'))
    expect(rows.find((r) => r[1] === 'cities/fukuoka')![header!.indexOf('wikidata')]).toBe('Q26600')
    expect(rows.find((r) => r[1] === 'organizations/citynet')![header!.indexOf('wikidata')]).toBe('Q5123784')
    const html = page(dist, '/en/cities/fukuoka/')
    expect(html).toContain('<a href="https://www.wikidata.org/wiki/Q26600" rel="external">Q26600</a>')
    expect(html).toContain('"sameAs":"https://www.wikidata.org/wiki/Q26600"')
    const organization = page(dist, '/en/organizations/citynet/')
    expect(organization).toContain('<a href="https://www.wikidata.org/wiki/Q5123784" rel="external">Q5123784</a>')
    expect(organization).toContain('https://www.wikidata.org/wiki/Q5123784"')
  })
})

describe('settings', () => {
  it('the licence is configurable, and an unknown one fails the build with what to use', async () => {
    const cc0 = openDataFiles(content, openDataSettings({ OPEN_DATA_LICENSE: 'CC0-1.0' }))
    expect(cc0.find((f) => f.name === 'datapackage.json')!.body).toContain('"name": "CC0-1.0"')
    expect(cc0.find((f) => f.name === 'glossary.tbx')!.body).toContain('publicdomain/zero/1.0')
    const { dir, cleanup: done } = await tempDir('bma-open-data-')
    const result = await buildSite(bundleDir, join(dir, 'dist'), { OPEN_DATA_LICENSE: 'WTFPL' })
    await done()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('OPEN_DATA_LICENSE="WTFPL" is not a licence the open data know: use one of CC-BY-4.0')
  })
})
