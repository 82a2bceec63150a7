/**
 * Reads a spreadsheet file (CSV, or an XLSX workbook with one sheet per collection) into tables of text cells, and
 * refuses what it cannot read safely — wrong encodings, old .xls files, zip bombs, oversized sheets — with a reason a
 * person can act on. Cells are kept as text: a formula is its formula text, never evaluated.
 */
import { basename, extname } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import yauzl from 'yauzl'
import { isCollection, type CollectionName } from '../schema/index.ts'
import { sheetLimits } from './limits.ts'
import { columnLetter, type SheetProblem } from './problems.ts'

/** One sheet: its header row and its data rows, each cell as text. */
export interface SheetTable {
  /** The file, and the sheet inside a workbook: `agreements.csv`, `intake.xlsx › activities`. */
  sheet: string
  collection: CollectionName
  header: string[]
  /** Rows that hold anything, numbered as the spreadsheet program numbers them (the header is row 1). */
  rows: { number: number; cells: string[] }[]
}

export interface ReadResult {
  tables: SheetTable[]
  problems: SheetProblem[]
  /** Sheets passed over, and why (a hidden sheet of lists for drop-downs). */
  notes: string[]
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
const number = (n: number) => n.toLocaleString('en-US')

/**
 * Reads a spreadsheet. An XLSX workbook is recognised by its content, whatever its name; its sheets are named after
 * the collections they hold. A CSV file holds one collection: `collection`, or the one its file name starts with.
 */
export async function readSpreadsheet(name: string, bytes: Uint8Array, { collection }: { collection?: CollectionName } = {}): Promise<ReadResult> {
  const file = basename(name)
  const refuse = (reason: string): ReadResult => ({ tables: [], problems: [{ sheet: file, reason }], notes: [] })
  if (bytes.length === 0) return refuse('is empty')
  if (bytes.length > sheetLimits.bytes)
    return refuse(`is ${number(bytes.length)} bytes; a spreadsheet may be at most ${number(sheetLimits.bytes)} bytes: split it`)
  if (startsWith(bytes, oleMagic))
    return refuse(
      'is an Excel 97-2003 workbook (.xls) or a password-protected one: save it in Excel as "Excel Workbook (.xlsx)" without a password, or as "CSV UTF-8"',
    )
  if (startsWith(bytes, zipMagic)) return readWorkbook(file, bytes)
  if (/^\.xlsx?$/i.test(extname(file))) return refuse('is not an XLSX workbook (its content is not a zip file): save it in Excel as "Excel Workbook (.xlsx)"')
  const target = collection ?? collectionNamed(file)
  if (!target)
    return refuse(
      'does not say which collection it holds: name the file after it (agreements.csv, activities.csv, organizations.csv, ...) or choose the collection',
    )
  return readCsv(file, bytes, target)
}

/** The collection a CSV file's name starts with (`agreements.csv`, `activities-2019.csv`). */
function collectionNamed(file: string): CollectionName | undefined {
  const word = /^[a-z]+/.exec(basename(file, extname(file)).toLowerCase())?.[0]
  return word && isCollection(word) ? word : undefined
}

function readCsv(file: string, bytes: Uint8Array, collection: CollectionName): ReadResult {
  const refuse = (reason: string): ReadResult => ({ tables: [], problems: [{ sheet: file, reason }], notes: [] })
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return refuse('is UTF-16 text (Excel\'s "Unicode Text"): save it as "CSV UTF-8 (comma delimited)"')
  if (bytes.includes(0)) return refuse('is not a text file (it holds NUL bytes): upload a CSV saved as "CSV UTF-8 (comma delimited)", or an .xlsx workbook')
  let text: string
  try {
    // The decoder drops the byte order mark Excel writes at the start of "CSV UTF-8".
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes)
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length
    return refuse(
      `is not UTF-8 text (line ${line} holds bytes UTF-8 does not allow; Excel's plain "CSV" writes Thai as Windows-874): save it as "CSV UTF-8 (comma delimited)"`,
    )
  }
  let records: string[][]
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: sheetLimits.columns * 1_000,
      on_record: (record: string[], { records: count }: { records: number }) => {
        if (record.length > sheetLimits.columns)
          throw new LimitError(`row ${count} has ${number(record.length)} columns; a sheet may have at most ${number(sheetLimits.columns)}`)
        if (count > sheetLimits.rows + 1) throw new LimitError(`has more than ${number(sheetLimits.rows)} rows: split it into several files`)
        return record
      },
    }) as string[][]
  } catch (error) {
    if (error instanceof LimitError) return refuse(error.message)
    const { code, lines, message } = error as { code?: string; lines?: number; message: string }
    if (code === 'CSV_MAX_RECORD_SIZE') return refuse(`row near line ${lines} is longer than ${number(sheetLimits.columns * 1_000)} characters`)
    return refuse(`is not valid CSV near line ${lines ?? '?'}: ${message.replace(/^[^:]*: /, '')}`)
  }
  return table(
    file,
    collection,
    records.map((cells, i) => ({ number: i + 1, cells })),
  )
}

class LimitError extends Error {}

interface SheetRecord {
  number: number
  cells: string[]
}

/** The header row and the rows that hold anything, cells trimmed, cells over the size limit reported. */
function table(sheet: string, collection: CollectionName, records: SheetRecord[]): ReadResult {
  const problems: SheetProblem[] = []
  const header = (records.find((r) => r.number === 1)?.cells ?? []).map((cell) => cell.trim())
  const rows: SheetTable['rows'] = []
  for (const record of records) {
    if (record.number === 1) continue
    const cells = record.cells.map((cell) => cell.replace(/\r\n?/g, '\n').trim())
    if (cells.every((cell) => cell === '')) continue
    cells.forEach((cell, c) => {
      if (cell.length > sheetLimits.cellCharacters)
        problems.push({
          sheet,
          row: record.number,
          column: columnLetter(c),
          header: header[c],
          reason: `holds ${number(cell.length)} characters; a cell may hold at most ${number(sheetLimits.cellCharacters)}`,
        })
    })
    rows.push({ number: record.number, cells })
  }
  if (header.every((cell) => cell === ''))
    problems.push({ sheet, row: 1, reason: 'must be the header: the column names (slug, title_th, ...), and it is empty' })
  return { tables: [{ sheet, collection, header, rows }], problems, notes: [] }
}

async function readWorkbook(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const refuse = (reason: string): ReadResult => ({ tables: [], problems: [{ sheet: file, reason }], notes: [] })
  const zipProblem = await unzippedSizeProblem(Buffer.from(bytes))
  if (zipProblem) return refuse(zipProblem)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch (error) {
    return refuse(`could not be read as an XLSX workbook (${(error as Error).message}): save it again in Excel as "Excel Workbook (.xlsx)"`)
  }
  const result: ReadResult = { tables: [], problems: [], notes: [] }
  const seen = new Map<CollectionName, string>()
  for (const worksheet of workbook.worksheets) {
    const sheet = `${file} › ${worksheet.name}`
    const collection = worksheet.name.trim().toLowerCase()
    if (!isCollection(collection)) {
      if (worksheet.state !== 'visible') result.notes.push(`${sheet}: a hidden sheet that names no collection, passed over`)
      else
        result.problems.push({
          sheet,
          reason: 'is not named after a collection: name each sheet after the collection it holds (agreements, activities, organizations, ...)',
        })
      continue
    }
    const other = seen.get(collection)
    if (other) {
      result.problems.push({ sheet, reason: `holds ${collection}, as ${other} does: put all ${collection} in one sheet` })
      continue
    }
    seen.set(collection, sheet)
    if (worksheet.columnCount > sheetLimits.columns) {
      result.problems.push({ sheet, reason: `has ${number(worksheet.columnCount)} columns; a sheet may have at most ${number(sheetLimits.columns)}` })
      continue
    }
    if (worksheet.actualRowCount > sheetLimits.rows + 1) {
      result.problems.push({
        sheet,
        reason: `has ${number(worksheet.actualRowCount - 1)} rows; a sheet may have at most ${number(sheetLimits.rows)}: split it`,
      })
      continue
    }
    const records: SheetRecord[] = []
    worksheet.eachRow((row, rowNumber) => {
      const cells: string[] = []
      for (let c = 1; c <= row.cellCount; c++) {
        const text = cellText(row.getCell(c))
        if (typeof text === 'string') cells.push(text)
        else {
          cells.push('')
          result.problems.push({
            sheet,
            row: rowNumber,
            column: columnLetter(c - 1),
            reason: `holds the Excel error ${text.error}: fix the cell or leave it empty`,
          })
        }
      }
      records.push({ number: rowNumber, cells })
    })
    const read = table(sheet, collection, records)
    result.tables.push(...read.tables)
    result.problems.push(...read.problems)
  }
  if (result.tables.length === 0 && result.problems.length === 0) result.problems.push({ sheet: file, reason: 'has no sheet named after a collection' })
  return result
}

/**
 * Why a workbook may not be unzipped, or undefined. Every part is inflated here and counted, and reading stops at the
 * limit: a zip bomb is refused after `unzippedBytes`, whatever sizes its directory claims.
 */
async function unzippedSizeProblem(buffer: Buffer): Promise<string | undefined> {
  const fromBuffer = promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer)
  let zip: yauzl.ZipFile
  try {
    zip = await fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true })
  } catch (error) {
    return `is not a valid XLSX workbook (a damaged zip file: ${(error as Error).message}): save it again in Excel`
  }
  if (zip.entryCount > sheetLimits.zipEntries) return `holds ${number(zip.entryCount)} parts; an XLSX workbook of a few sheets holds a few dozen`
  const tooLarge = `unzips to more than ${number(sheetLimits.unzippedBytes)} bytes: it is not a spreadsheet of this size, or it is a zip bomb`
  let total = 0
  return new Promise((done) => {
    const finish = (problem?: string) => {
      zip.close()
      done(problem)
    }
    zip.on('error', (error: Error) => finish(`is not a valid XLSX workbook (${error.message})`))
    zip.on('end', () => finish())
    zip.on('entry', (entry: yauzl.Entry) => {
      if (total + entry.uncompressedSize > sheetLimits.unzippedBytes) return finish(tooLarge)
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return finish(`is not a valid XLSX workbook (${error?.message ?? 'unreadable part'})`)
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length
          if (total > sheetLimits.unzippedBytes) {
            stream.destroy()
            finish(tooLarge)
          }
        })
        stream.on('error', (e: Error) => finish(`is not a valid XLSX workbook (${e.message})`))
        stream.on('end', () => zip.readEntry())
      })
    })
    zip.readEntry()
  })
}

type CellValue = ExcelJS.CellValue | ExcelJS.CellRichTextValue['richText'][number]['text']

/**
 * A cell as text. A formula is its formula text (`=HYPERLINK(...)`), never its cached result: the result was
 * computed by whatever program saved the file, may be missing or stale, and is not what the office typed.
 */
function cellText(cell: ExcelJS.Cell): string | { error: string } {
  const text = (value: CellValue): string | { error: string } => {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'number') return String(value)
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
    if (value instanceof Date) return dateText(value)
    if ('formula' in value || 'sharedFormula' in value) return `=${cell.formula}`
    if ('richText' in value) return value.richText.map((run) => run.text).join('')
    if ('hyperlink' in value) return text(value.text as CellValue)
    if ('error' in value) return { error: String(value.error) }
    return ''
  }
  return text(cell.value)
}

/** An Excel date (a wall-clock date and time, no zone) as ISO 8601: a plain date, or a Bangkok date-time. */
function dateText(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}+07:00`
}
