/**
 * What is wrong with a spreadsheet, said the way its reader finds it: the sheet, the row and the column (letter and
 * header), and the reason. A spreadsheet is imported whole or not at all, so every problem is listed at once.
 */

export interface SheetProblem {
  /** The file, and the sheet inside a workbook: `agreements.csv`, `intake.xlsx › activities`. */
  sheet: string
  /** The row as the spreadsheet program numbers it (the header is row 1); none for a problem with the whole sheet. */
  row?: number
  /** The column's letter (`C`), where the column is in the sheet. */
  column?: string
  /** The column's header (`title_th`), also for a column the sheet lacks. */
  header?: string
  reason: string
}

export class SheetError extends Error {
  readonly problems: SheetProblem[]
  constructor(problems: SheetProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
    super(`The spreadsheet was rejected, nothing was imported (${count}):\n${problems.map(formatSheetProblem).join('\n')}`)
    this.name = 'SheetError'
    this.problems = problems
  }
}

/** `intake.xlsx › agreements, row 4, column C (title_th): is required`. */
export function formatSheetProblem({ sheet, row, column, header, reason }: SheetProblem): string {
  const where = [sheet, row === undefined ? '' : `row ${row}`, column ? `column ${column}${header ? ` (${header})` : ''}` : header ? `column ${header}` : '']
  return `${where.filter(Boolean).join(', ')}: ${reason}`
}

/** A column's letters as spreadsheet programs name them: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
