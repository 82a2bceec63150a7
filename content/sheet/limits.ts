/**
 * How large a spreadsheet may be. Well beyond the office's years of agreements and activities, and small enough that
 * a hostile file (a zip bomb, 100,000 columns) is refused before it costs the CMS its memory.
 */
export const sheetLimits = {
  /** The file as uploaded. */
  bytes: 20_000_000,
  /** An XLSX workbook unzipped (every part together): a zip bomb stops here. */
  unzippedBytes: 100_000_000,
  /** Parts inside an XLSX workbook. */
  zipEntries: 1_000,
  /** Data rows of one sheet. */
  rows: 10_000,
  /** Columns of one sheet. */
  columns: 1_000,
  /** Characters in one cell: what a cell of Excel holds. */
  cellCharacters: 32_767,
} as const
