/**
 * The spreadsheet intake's pure parts: the column layout derived from the schema (and its documentation, which must
 * be what the layout says), reading real CSV and XLSX files into text cells, and how a row updates an entry.
 */
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { checkSheets, type SheetContext } from '../../content/sheet/check.ts'
import { columnAt, resolveHeader } from '../../content/sheet/layout.ts'
import { layoutTables } from '../../content/sheet/layoutTable.ts'
import { SheetError } from '../../content/sheet/problems.ts'
import { readSpreadsheet } from '../../content/sheet/read.ts'
import type { CollectionName, EntryOf } from '../../content/schema/index.ts'
import { withLayoutTables } from '../../scripts/lib/sheetLayoutReadme.ts'
import { csv, xlsx } from '../support/sheets.ts'

describe('the column layout', () => {
  it('is documented in content/README.md as the schema makes it (npm run content:sheet-layout)', async () => {
    const readme = await readFile('content/README.md', 'utf8')
    expect(withLayoutTables(readme, layoutTables())).toBe(readme)
  })

  it('reads headers into places in an entry, and places back into headers', () => {
    const path = (collection: CollectionName, header: string) => {
      const column = resolveHeader(collection, header)
      return 'problem' in column ? column.problem : column.path
    }
    expect(path('agreements', 'title_ja')).toEqual(['title', 'ja'])
    expect(path('agreements', 'documents.12.title_ko')).toEqual(['documents', 11, 'title', 'ko'])
    expect(path('agreements', 'partners')).toEqual(['partners'])
    expect(path('activities', 'units_en')).toEqual(['units', '*', 'en'])
    expect(path('organizations', 'contact.office_zh')).toEqual(['contact', 'office', 'zh'])
    expect(path('agreements', 'title_zh-TW')).toMatch(/names the language "zh-TW", which is not one of/)
    expect(path('agreements', 'documents.file')).toMatch(/items of documents are numbered columns such as documents\.1\.file/)
    expect(columnAt('agreements', ['documents', 2, 'lang'])).toEqual({ header: 'documents.3.lang' })
    expect(columnAt('agreements', ['signatories', 0])).toEqual({ header: 'signatories.1.name_th' })
    expect(columnAt('activities', ['units', 1, 'ja'])).toEqual({ header: 'units_ja', item: 2 })
    expect(columnAt('agreements', ['sectors', 3])).toEqual({ header: 'sectors', item: 4 })
  })
})

describe('reading files', () => {
  it('reads Excel’s CSV UTF-8: byte order mark, CRLF, quoted commas, quotes and line breaks; skips empty rows, keeps row numbers', async () => {
    const file = csv([
      ['slug', 'title_th', ''],
      ['a', 'หนึ่ง, "สอง"\nสาม', ''],
      ['', '', ''],
      ['b', '  ไทย  ', ''],
    ])
    const { tables, problems } = await readSpreadsheet('agreements.csv', file)
    expect(problems).toEqual([])
    expect(tables).toEqual([
      {
        sheet: 'agreements.csv',
        collection: 'agreements',
        header: ['slug', 'title_th', ''],
        rows: [
          { number: 2, cells: ['a', 'หนึ่ง, "สอง"\nสาม', ''] },
          { number: 4, cells: ['b', 'ไทย', ''] },
        ],
      },
    ])
  })

  it('reads XLSX cells as text: dates as ISO dates, numbers, truth values, rich text, links, formulas as their formula text', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('activities')
    sheet.addRow(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    sheet.addRow([
      new Date(Date.UTC(2019, 4, 1)),
      new Date(Date.UTC(2026, 2, 14, 9, 30)),
      13.7563,
      true,
      { richText: [{ text: 'กรุง' }, { text: 'เทพ', font: { bold: true } }] },
      { text: 'CityNet', hyperlink: 'https://citynet-ap.org/' },
      { formula: 'HYPERLINK("http://evil.example/","click")', result: 'click' },
      { formula: 'A2+1', result: 43587 },
    ])
    const { tables } = await readSpreadsheet('book.xlsx', Buffer.from(await book.xlsx.writeBuffer()))
    expect(tables[0]!.rows[0]!.cells).toEqual([
      '2019-05-01',
      '2026-03-14T09:30:00+07:00',
      '13.7563',
      'TRUE',
      'กรุงเทพ',
      'CityNet',
      '=HYPERLINK("http://evil.example/","click")',
      '=A2+1',
    ])
  })

  it('recognises a workbook by its content, whatever its name says', async () => {
    const { tables } = await readSpreadsheet('agreements.csv', await xlsx({ organizations: [['slug'], ['x']] }))
    expect(tables.map((t) => t.sheet)).toEqual(['agreements.csv › organizations'])
  })
})

describe('how a row updates an entry', () => {
  const stored: EntryOf<'activities'> = {
    slug: 'visit',
    title: { th: 'การเยือน', en: 'Visit', ja: '訪問' },
    kind: 'incoming-visit',
    start: '2019-05-01',
    partners: ['cities/fukuoka'],
    units: [
      { th: 'สำนักการต่างประเทศ', en: 'International Affairs Division', ja: '国際局' },
      { th: 'สำนักการศึกษา', en: 'Education Department' },
    ],
    followUps: [{ action: 'ส่งรายงาน', done: false }, { action: 'เชิญกลับ' }],
  }
  const context: SheetContext = {
    current: (collection, slug) => (collection === 'activities' && slug === 'visit' ? stored : undefined),
    exists: (collection, slug) => `${collection}/${slug}` === 'cities/fukuoka',
    mediaExists: () => false,
  }
  const entryFrom = async (rows: string[][]) => {
    const plan = checkSheets(await readSpreadsheet('activities.csv', csv(rows)), context)
    return { entry: plan.bundle.activities[0]!, action: plan.rows[0]!.action }
  }

  it('replaces what its cells say, clears what an empty cell says, and keeps what it has no column for', async () => {
    const { entry, action } = await entryFrom([
      ['slug', 'title_en', 'title_ko', 'followUps.1.done', 'end'],
      ['visit', 'State visit', '', 'TRUE', '2019-05-03'],
    ])
    expect(action).toBe('update')
    expect(entry.title).toEqual({ th: 'การเยือน', en: 'State visit', ja: '訪問' })
    expect(entry.followUps).toEqual([{ action: 'ส่งรายงาน', done: true }, { action: 'เชิญกลับ' }])
    expect(entry.units).toEqual(stored.units)
    expect(entry.end).toBe('2019-05-03')
  })

  it('names units in each language in the same order, keeping other languages’ names of the same unit', async () => {
    const { entry } = await entryFrom([
      ['slug', 'units_th'],
      ['visit', 'สำนักการศึกษา; สำนักการโยธา'],
    ])
    expect(entry.units).toEqual([{ th: 'สำนักการศึกษา', en: 'Education Department' }, { th: 'สำนักการโยธา' }])
  })

  it('leaves an entry unchanged when its cells say what the CMS holds', async () => {
    expect(
      (
        await entryFrom([
          ['slug', 'title_en', 'kind'],
          ['visit', 'Visit', 'incoming-visit'],
        ])
      ).action,
    ).toBe('unchanged')
  })

  it('reports a rule that spans a cell and a stored value at the cell, naming where the other value is', async () => {
    const error = await entryFrom([
      ['slug', 'end'],
      ['visit', '2019-04-30'],
    ]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SheetError)
    expect((error as SheetError).problems).toEqual([
      { sheet: 'activities.csv', row: 2, column: 'B', header: 'end', reason: 'is before the start (2019-05-01)' },
    ])
  })
})
