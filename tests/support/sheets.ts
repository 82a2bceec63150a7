/**
 * Real spreadsheet files for the intake tests, made in the test: CSV as Excel writes it ("CSV UTF-8": a byte order
 * mark, CRLF, quoted cells), XLSX workbooks written by exceljs, and hostile zips (bombs, lying sizes) written by yazl.
 */
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import yauzl from 'yauzl'
import yazl from 'yazl'

export type Cell = string | number | boolean | Date | null | ExcelJS.CellFormulaValue | ExcelJS.CellErrorValue
export type Rows = Cell[][]

/** A CSV file as Excel's "CSV UTF-8 (comma delimited)" writes it. */
export function csv(rows: string[][], { bom = true } = {}): Buffer {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  const text = rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
}

/** An XLSX workbook with one sheet per entry (hidden ones named in `hidden`). */
export async function xlsx(sheets: Record<string, Rows>, { hidden = [] as string[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name, { state: hidden.includes(name) ? 'hidden' : 'visible' })
    for (const row of rows) sheet.addRow(row)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A zip of the given parts; a part given as a number is that many zero bytes, streamed (a bomb costs no memory). */
export function zip(parts: Record<string, string | number>): Promise<Buffer> {
  const file = new yazl.ZipFile()
  for (const [name, content] of Object.entries(parts)) {
    if (typeof content === 'string') file.addBuffer(Buffer.from(content), name)
    else file.addReadStream(zeros(content), name)
  }
  file.end()
  return collect(file.outputStream)
}

/** An existing zip with some parts replaced (to put hostile XML inside a real workbook). */
export async function rezip(original: Buffer, replace: Record<string, string>): Promise<Buffer> {
  const reader = await promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer)(original, { lazyEntries: true })
  const parts: Record<string, string> = {}
  await new Promise<void>((done, fail) => {
    reader.on('entry', (entry: yauzl.Entry) =>
      entry.fileName.endsWith('/')
        ? reader.readEntry()
        : reader.openReadStream(entry, (error, stream) => {
            if (error) return fail(error)
            void collect(stream).then((bytes) => {
              parts[entry.fileName] = bytes.toString('utf8')
              reader.readEntry()
            }, fail)
          }),
    )
    reader.on('end', done)
    reader.readEntry()
  })
  return zip({ ...parts, ...replace })
}

/** A zip whose central directory claims every part is `claimed` bytes unzipped (a bomb that lies about its size). */
export function withClaimedSizes(zipFile: Buffer, claimed: number): Buffer {
  const copy = Buffer.from(zipFile)
  for (let at = copy.indexOf(centralHeader); at >= 0; at = copy.indexOf(centralHeader, at + 4)) copy.writeUInt32LE(claimed, at + 24)
  return copy
}
const centralHeader = Buffer.from([0x50, 0x4b, 0x01, 0x02])

function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(1 << 20)
  let left = bytes
  return new Readable({
    read() {
      if (left <= 0) return this.push(null)
      const size = Math.min(left, chunk.length)
      left -= size
      this.push(chunk.subarray(0, size))
    },
  })
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => done(Buffer.concat(chunks)))
    stream.on('error', fail)
  })
}
