/**
 * Every reason the spreadsheet check gives, in Thai for Thai staff (cms/i18n/sheetMessages.ts): real files, bad in
 * every way the reader and the row check know, are checked, and each problem and note is read back in Thai with no
 * English sentence left. In English the reasons stay as the check words them.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { localizeSheetReason } from '../../cms/i18n/sheetMessages.ts'
import { checkSheets, type SheetContext } from '../../content/sheet/check.ts'
import { SheetError, type SheetProblem } from '../../content/sheet/problems.ts'
import { readSpreadsheet, type ReadResult } from '../../content/sheet/read.ts'
import type { EntryOf } from '../../content/schema/index.ts'
import { csv, withClaimedSizes, xlsx, zip } from '../support/sheets.ts'
import { untranslated } from '../support/untranslated.ts'

const stored: EntryOf<'activities'> = { slug: 'visit', title: { th: 'การเยือน' }, kind: 'meeting', start: '2019-05-01', partners: ['cities/fukuoka'] }
const context: SheetContext = {
  current: (collection, slug) => (collection === 'activities' && slug === 'visit' ? stored : undefined),
  exists: (collection, slug) => ['cities/fukuoka', 'domains/culture'].includes(`${collection}/${slug}`),
  mediaExists: () => false,
}

/** Every problem and note of a file, read and then checked against the context. */
async function reasonsOf(name: string, bytes: Uint8Array): Promise<string[]> {
  const read: ReadResult = await readSpreadsheet(name, bytes)
  let problems: SheetProblem[] = []
  try {
    checkSheets(read, context)
  } catch (error) {
    if (!(error instanceof SheetError)) throw error
    problems = error.problems
  }
  return [...problems.map((p) => p.reason), ...read.notes]
}

async function wideBook(columns: number, rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('agreements')
  sheet.addRow(Array.from({ length: columns }, (_, i) => `c${i}`))
  for (let i = 0; i < rows; i++) sheet.addRow([`row-${i}`])
  return Buffer.from(await book.xlsx.writeBuffer())
}

const agreement = [
  'slug',
  'title_th',
  'kind',
  'partners',
  'status',
  'signed',
  'expires',
  'visibility',
  'documents.1.file',
  'documents.1.lang',
  'documents.1.visibility',
]

const files: [string, () => Uint8Array | Promise<Uint8Array>][] = [
  ['agreements.csv', () => Buffer.alloc(0)],
  ['agreements.csv', () => Buffer.alloc(20_000_001, 'a')],
  ['old.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)])],
  ['agreements.xlsx', () => Buffer.from('slug\n')],
  ['export.csv', () => csv([['slug'], ['x']])],
  ['agreements.csv', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('slug', 'utf16le')])],
  ['agreements.csv', () => Buffer.from('slug\0,title_th\n')],
  ['agreements.csv', () => Buffer.concat([Buffer.from('slug,title_th\nx,'), Buffer.from([0xa1, 0xc3, 0xd8]), Buffer.from('\n')])],
  ['agreements.csv', () => Buffer.from(`${Array.from({ length: 1_001 }, (_, i) => `c${i}`).join(',')}\n`)],
  ['agreements.csv', () => Buffer.from(`slug\n${'x\n'.repeat(10_002)}`)],
  ['agreements.csv', () => Buffer.from(`slug,title_th\nx,"${'ก'.repeat(1_000_001)}"\n`)],
  ['agreements.csv', () => Buffer.from('slug,title_th\nx,"ไม่ปิด"คำพูด\n')],
  [
    'agreements.csv',
    () =>
      csv([
        ['slug', 'title_th'],
        ['x', 'ก'.repeat(32_768)],
      ]),
  ],
  ['agreements.csv', () => csv([[''], ['x']])],
  ['book.xlsx', () => xlsx({ Agreements: [['slug'], ['x']], 'agreements ': [['slug']], Sheet1: [['x']], lists: [['x']] }, { hidden: ['lists'] })],
  ['book.xlsx', () => xlsx({ lists: [['x']] }, { hidden: ['lists'] })],
  ['book.xlsx', () => wideBook(1_001, 1)],
  ['book.xlsx', () => wideBook(2, 10_001)],
  ['book.xlsx', () => xlsx({ agreements: [agreement, ['x', 'ทดสอบ', 'mou', 'cities/fukuoka', { error: '#N/A' }]] })],
  ['book.xlsx', () => zip({ 'hello.txt': 'x' })],
  ['book.xlsx', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)])],
  ['book.xlsx', () => zip(Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`part${i}.xml`, '<x/>'])))],
  ['book.xlsx', () => zip({ 'xl/worksheets/sheet1.xml': 101_000_000 })],
  ['book.xlsx', async () => withClaimedSizes(await zip({ 'xl/worksheets/sheet1.xml': 101_000_000 }), 10)],
  [
    'agreements.csv',
    () =>
      csv([
        ['slug', 'title', 'title_fr', 'titel_th', 'documents.0.file', 'documents.file', 'slug;title_th', 'title_th', 'title_th', '', 'coordinates'],
        ['x', '', '', '', '', '', '', '', '', 'stray', ''],
      ]),
  ],
  ['agreements.csv', () => csv([['title_th'], ['ทดสอบ']])],
  [
    'agreements.csv',
    () =>
      csv([
        agreement,
        ['', 'ทดสอบ', 'mou', 'cities/fukuoka', 'in-force', '', '', '', '', '', ''],
        [
          'a',
          '',
          'treaty',
          'cities/fukuoka; organizations/atlantis; glossary/sister-city',
          'signed',
          '2549-11-01',
          '2006-01-01',
          'public',
          'docs/x.pdf',
          'thai',
          'restricted',
        ],
        ['a', 'ซ้ำ', 'mou', '', 'in-force', '2020-13-45', '', 'secret', '', '', '', 'stray'],
        ['B-A-D', 'x'.repeat(400), 'mou', 'cities', 'in-force', '2020-01-01', '2019-01-01', '', '', '', ''],
      ]),
  ],
  [
    'activities.csv',
    () =>
      csv([
        ['slug', 'title_th', 'kind', 'start', 'end', 'partners', 'units_th', 'units_en', 'sectors', 'followUps.1.action', 'followUps.1.done'],
        ['visit', 'การเยือน', 'meeting', '', '2019-04-30', '', 'ก; ข', 'A', 'culture; culture', 'ส่งรายงาน', 'maybe'],
        ['new-one', 'ใหม่', 'meeting', '2019', '', 'cities/fukuoka', '', '', 'culture', '', ''],
      ]),
  ],
  [
    'activities.csv',
    () =>
      csv([
        ['slug', 'end'],
        ['visit', '2019-04-30'],
      ]),
  ],
  [
    'organizations.csv',
    () =>
      csv([
        ['slug', 'name_th', 'kind', 'summary_th', 'country', 'url', 'coordinates.lat', 'coordinates.lng', 'image'],
        ['org', 'องค์การ', 'other', 'สรุป', 'ZZ', 'ftp://x', '13,75', 'east', '../etc/passwd'],
        ['org-2', 'องค์การ', 'other', 'สรุป', 'jp', 'not a url', '', '', 'ok/image.jpg'],
      ]),
  ],
]

describe('reasons for Thai staff', () => {
  it('every reason the check gives reads in Thai', async () => {
    const reasons = new Set<string>()
    for (const [name, make] of files) for (const reason of await reasonsOf(name, await make())) reasons.add(reason)
    // The files above are bad in many different ways: each way is a reason of its own.
    expect(reasons.size).toBeGreaterThan(60)
    const left = [...reasons].map((reason) => [reason, localizeSheetReason(reason, 'th')]).filter(([, words]) => untranslated(words!))
    expect(left).toEqual([])
  })

  it('keeps the check’s own English for English staff and the command line', () => {
    expect(localizeSheetReason('is required (the sheet has no column title_th)', 'en')).toBe('is required (the sheet has no column title_th)')
    expect(localizeSheetReason('item 2 is required (the sheet has no column title_th)', 'th')).toBe('รายการที่ 2: ต้องกรอก (ไฟล์ไม่มีคอลัมน์ title_th)')
  })
})
