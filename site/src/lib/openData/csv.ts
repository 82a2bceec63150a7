/**
 * The CSV form of the open data: UTF-8 with a byte order mark (Excel reads UTF-8 only with one), CRLF rows and RFC 4180
 * quoting, lists joined with `|`, and text cells that a spreadsheet would run as a formula neutralised with a `'`.
 * The decoders are the exact inverses, for anyone (and the tests) reading the files back.
 */

/** Excel opens a CSV without it in the machine's legacy code page, which garbles Thai, Chinese, Japanese and Korean. */
export const byteOrderMark = '\uFEFF'
/** Joins the items of a list in one cell; a `|` or `\` inside an item is escaped with a `\`. */
export const listSeparator = '|'

export const encodeList = (items: readonly string[]): string => items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join(listSeparator)

export function decodeList(cell: string): string[] {
  const items: string[] = []
  let current = ''
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!
    if (c === '\\' && i + 1 < cell.length) current += cell[++i]
    else if (c === listSeparator) {
      items.push(current)
      current = ''
    } else current += c
  }
  return [...items, current]
}

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first, as OWASP
 * lists them) gets a leading `'`, which Excel and LibreOffice show as text; so does one that already starts with `'`
 * before such a character, so that reading back is unambiguous.
 */
const formulaStart = /^'*[=+\-@\t\r]/
export const neutralise = (text: string): string => (formulaStart.test(text) ? `'${text}` : text)
export const unneutralise = (cell: string): string => (formulaStart.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell)

const needsQuotes = /[",\r\n]|^\s|\s$/
const quoted = (cell: string) => (needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A whole CSV file: header, then one line per row. */
export const csvFile = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  byteOrderMark + [header, ...rows].map((row) => `${row.map(quoted).join(',')}\r\n`).join('')

/** Parses a CSV file (RFC 4180; rows may also end in a bare LF, as spreadsheets write them), without the byte order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let inQuotes = false
  const body = text.startsWith(byteOrderMark) ? text.slice(1) : text
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (inQuotes && c === '"' && body[i + 1] === '"') {
      cell += '"'
      i++
    } else if (inQuotes && c === '"') inQuotes = false
    else if (inQuotes) cell += c
    else if (c === '"') inQuotes = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      rows.push([...row, cell])
      row = []
      cell = ''
      if (c === '\r') i++
    } else cell += c
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
