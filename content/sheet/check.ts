/**
 * Turns the rows of spreadsheet tables into bundle entries and checks every one before anything is written, the way
 * `readBundle` checks files: the collection's schema decides, references must resolve (to the sheet or the CMS),
 * media must exist, slugs may not repeat. Every problem is listed with its row and column; one is enough to refuse
 * the whole spreadsheet.
 *
 * A row updates the entry its slug names: each cell replaces the value at its place, an empty cell clears it, and a
 * column the sheet does not have leaves that value as the CMS holds it (a sheet of titles keeps the documents).
 */
import { clean } from '../clean.ts'
import { describeIssue, referenceProblem, serializeEntry } from '../bundle.ts'
import { bundleOf, collections, fieldsOf, referenceTarget, registry, valuesAt, type Bundle, type CollectionName, type EntryOf } from '../schema/index.ts'
import { resolveHeader, splitItems, columnAt, type Column } from './layout.ts'
import { columnLetter, SheetError, type SheetProblem } from './problems.ts'
import type { ReadResult, SheetTable } from './read.ts'

/** What the check needs to know of the CMS the sheet goes into. */
export interface SheetContext {
  /** The entry as the CMS holds it now (as a full backup has it), which a row updates; undefined for a new one. */
  current(collection: CollectionName, slug: string): EntryOf<CollectionName> | undefined
  /** Whether the CMS holds an entry: references may name entries the sheet does not have. */
  exists(collection: CollectionName, slug: string): boolean
  /** Whether a media path names a file: in the media folder given with the sheet, or in the CMS's media library. */
  mediaExists(path: string): boolean
  /** Why the person importing may not write this entry, or undefined. */
  refusal?(collection: CollectionName, slug: string, isNew: boolean): string | undefined
}

export type RowAction = 'create' | 'update' | 'unchanged'

/** What importing a row does. */
export interface PlannedRow {
  sheet: string
  row: number
  collection: CollectionName
  slug: string
  action: RowAction
}

export interface SheetPlan {
  /** The entries the rows make, to import as a bundle is imported. */
  bundle: Bundle
  rows: PlannedRow[]
  notes: string[]
}

type Json = Record<string, unknown>

/** Checks every row of every table; returns the entries and what importing them does, or throws a SheetError. */
export function checkSheets(read: ReadResult, context: SheetContext): SheetPlan {
  const problems = [...read.problems]
  // Per row: the entry it makes, and the columns already reported (a value refused by the schema is not looked up too).
  const made = new Map(collections.map((c) => [c, [] as { entry: Json; row: PlannedRow; sheetColumns: Map<string, number>; reported: Set<string> }[]]))
  const firstRow = new Map<string, { sheet: string; row: number }>()

  for (const table of read.tables) {
    const columns = tableColumns(table, problems)
    if (!columns) continue
    const slugAt = columns.findIndex((column) => column?.header === 'slug')
    const sheetColumns = new Map(columns.flatMap((column, i) => (column ? [[column.header, i] as const] : [])))
    for (const { number, cells } of table.rows) {
      const at = (header: string, reason: string): SheetProblem => {
        const index = sheetColumns.get(header)
        return { sheet: table.sheet, row: number, column: index === undefined ? undefined : columnLetter(index), header, reason }
      }
      const slug = cells[slugAt] ?? ''
      if (!slug) {
        problems.push(at('slug', 'is required: the slug names the entry the row is (e.g. bangkok-fukuoka-mou)'))
        continue
      }
      const key = `${table.collection}/${slug}`
      const first = firstRow.get(key)
      if (first) {
        problems.push(at('slug', `repeats "${slug}" of ${first.sheet === table.sheet ? '' : `${first.sheet}, `}row ${first.row}: one row per entry`))
        continue
      }
      firstRow.set(key, { sheet: table.sheet, row: number })
      const current = context.current(table.collection, slug) as Json | undefined
      const { entry, cellProblems } = applyRow(current, columns, cells)
      problems.push(...cellProblems.map(({ header, reason }) => at(header, reason)))
      const refusal = context.refusal?.(table.collection, slug, current === undefined)
      if (refusal) problems.push(at('slug', refusal))
      const row: PlannedRow = { sheet: table.sheet, row: number, collection: table.collection, slug, action: 'create' }
      // Problems in a column already reported are not reported again by the schema.
      const reported = new Set(cellProblems.map((p) => p.header))
      made.get(table.collection)!.push({ entry, row, sheetColumns, reported })
      const parsed = registry[table.collection].schema.safeParse(entry)
      if (!parsed.success) {
        const refused = new Set<string>()
        for (const issue of parsed.error.issues) {
          const { header, item } = columnAt(table.collection, issue.path)
          if (reported.has(header)) continue
          refused.add(item ? `${header} ${item}` : header)
          const reason = describeIssue(issue, entry)
          const absent = sheetColumns.has(header)
            ? ''
            : current
              ? ` (as the CMS holds it; the sheet has no column ${header})`
              : ` (the sheet has no column ${header})`
          problems.push(at(header, `${item ? `item ${item} ` : ''}${reason}${absent}`))
        }
        for (const header of refused) reported.add(header)
        continue
      }
      made.get(table.collection)!.at(-1)!.entry = parsed.data as Json
      row.action = current ? (sameEntry(table.collection, current, parsed.data as Json) ? 'unchanged' : 'update') : 'create'
    }
  }

  // References and media, once every row's slug is known (a row may name an organisation two sheets on).
  const inSheets = (collection: string, slug: string) => firstRow.has(`${collection}/${slug}`) || context.exists(collection as CollectionName, slug)
  for (const collection of collections) {
    for (const { entry, row, sheetColumns, reported } of made.get(collection)!) {
      for (const { path, kind } of fieldsOf(collection)) {
        for (const { value, at } of valuesAt(entry, path)) {
          if (typeof value !== 'string') continue
          const { header, item } = columnAt(collection, at)
          if (reported.has(header) || reported.has(`${header} ${item}`)) continue
          let reason: string | undefined
          if (kind.reference) {
            reason = referenceProblem(value, kind.reference, inSheets)
            if (reason && kind.reference.to.includes(referenceTarget(value, kind.reference).collection))
              reason += ' (neither in the CMS nor in this spreadsheet)'
          } else if (kind.media && !context.mediaExists(value)) {
            reason = `names media/${value}, which is neither in the media folder given with the spreadsheet nor in the CMS's media library`
          }
          if (!reason) continue
          const index = sheetColumns.get(header)
          problems.push({
            sheet: row.sheet,
            row: row.row,
            column: index === undefined ? undefined : columnLetter(index),
            header,
            reason: `${item ? `item ${item} ` : ''}${reason}`,
          })
        }
      }
    }
  }

  if (problems.length > 0) throw new SheetError(inReadingOrder(problems))
  return {
    bundle: bundleOf((collection) => made.get(collection)!.map(({ entry }) => entry as EntryOf<typeof collection>)),
    rows: collections.flatMap((collection) => made.get(collection)!.map(({ row }) => row)).sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row),
    notes: read.notes,
  }
}

/** Problems as a person reads the sheets: sheet by sheet, row by row, column by column (the whole sheet first). */
function inReadingOrder(problems: SheetProblem[]): SheetProblem[] {
  const sheets = [...new Set(problems.map((p) => p.sheet))]
  const column = (letters = '') => (letters ? [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) : Infinity)
  return [...problems].sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || column(a.column) - column(b.column))
}

/** The columns of a table's header (undefined where a header cell is empty), or undefined when the header is unusable. */
function tableColumns(table: SheetTable, problems: SheetProblem[]): (Column | undefined)[] | undefined {
  const columns: (Column | undefined)[] = []
  const seen = new Map<string, number>()
  let usable = true
  for (const [i, header] of table.header.entries()) {
    const at = { sheet: table.sheet, row: 1, column: columnLetter(i), header: header || undefined }
    if (!header) {
      const used = table.rows.find((row) => (row.cells[i] ?? '') !== '')
      if (used) problems.push({ ...at, row: used.number, reason: 'has a value, but its column has no header: name the column in row 1 or clear it' })
      columns.push(undefined)
      continue
    }
    const resolved = resolveHeader(table.collection, header)
    if ('problem' in resolved) {
      problems.push({ ...at, reason: resolved.problem })
      usable = false
      continue
    }
    const other = seen.get(header)
    if (other !== undefined) {
      problems.push({ ...at, reason: `repeats the column ${columnLetter(other)}: each column once` })
      usable = false
      continue
    }
    seen.set(header, i)
    columns.push(resolved)
  }
  for (const row of table.rows) {
    const extra = row.cells.findIndex((cell, i) => i >= table.header.length && cell !== '')
    if (extra >= 0)
      problems.push({ sheet: table.sheet, row: row.number, column: columnLetter(extra), reason: 'has a value beyond the last column of the header' })
  }
  if (!seen.has('slug')) {
    problems.push({ sheet: table.sheet, row: 1, header: 'slug', reason: 'has no slug column: each row needs the slug that names its entry' })
    usable = false
  }
  return usable ? columns : undefined
}

/** The entry a row makes from the one the CMS holds: each cell replaces the value at its place. */
function applyRow(current: Json | undefined, columns: (Column | undefined)[], cells: string[]) {
  const entry: Json = structuredClone(current ?? {})
  const cellProblems: { header: string; reason: string }[] = []
  const spreads = new Map<string, { column: Column; cell: string }[]>()
  for (const [i, column] of columns.entries()) {
    if (!column) continue
    const cell = cells[i] ?? ''
    const star = column.path.indexOf('*')
    if (star >= 0) {
      const field = column.path.slice(0, star).join('.')
      spreads.set(field, [...(spreads.get(field) ?? []), { column, cell }])
      continue
    }
    const read = cellValue(column, cell)
    if ('problem' in read) cellProblems.push({ header: column.header, reason: read.problem })
    setAt(entry, column.path, 'problem' in read ? undefined : read.value)
  }
  for (const group of spreads.values()) {
    const problem = applySpread(entry, current, group)
    if (problem) cellProblems.push(problem)
  }
  return { entry: (clean(entry) ?? {}) as Json, cellProblems }
}

/**
 * A list of localized values named in one cell per language (an activity's units: `units_th`, `units_en`): the
 * cells together make the list, item by item in the same order; a language without a column keeps the names the
 * CMS has for the same item, found by its Thai name.
 */
function applySpread(entry: Json, current: Json | undefined, group: { column: Column; cell: string }[]): { header: string; reason: string } | undefined {
  const path = group[0]!.column.path.slice(0, group[0]!.column.path.indexOf('*'))
  const lists = group.map(({ column, cell }) => ({ column, lang: String(column.path.at(-1)), items: splitItems(cell) }))
  const filled = lists.filter((list) => list.items.length > 0)
  const mismatch = filled.find((list) => list.items.length !== filled[0]!.items.length)
  if (mismatch)
    return {
      header: mismatch.column.header,
      reason: `names ${mismatch.items.length} items and ${filled[0]!.column.header} names ${filled[0]!.items.length}: name the same items in every language, in the same order`,
    }
  const before = (valuesAt(current ?? {}, path.map(String))[0]?.value ?? []) as Json[]
  const thai = lists.find((list) => list.lang === 'th')
  const items = Array.from({ length: filled[0]?.items.length ?? 0 }, (_, i) => {
    const same = thai ? before.find((item) => item.th === thai.items[i]) : before[i]
    const item: Json = { ...same }
    for (const list of lists) item[list.lang] = list.items[i]
    return item
  })
  setAt(entry, path, items.length > 0 ? items : undefined)
  return undefined
}

/** A cell's value for its column (undefined for an empty cell), or why it cannot be one. */
function cellValue({ template }: Column, cell: string): { value: unknown } | { problem: string } {
  if (cell === '') return { value: undefined }
  if (template.list) return { value: splitItems(cell) }
  if (template.type === 'number')
    return /^-?\d+(\.\d+)?$/.test(cell) ? { value: Number(cell) } : { problem: `must be a number, e.g. 13.7563 (it is "${cell}")` }
  if (template.type === 'boolean')
    return /^(true|false)$/i.test(cell) ? { value: cell.toLowerCase() === 'true' } : { problem: `must be TRUE or FALSE (it is "${cell}")` }
  const year = template.format === 'date' ? Number(/^(\d{4})/.exec(cell)?.[1]) : NaN
  if (year >= 2400 && year <= 2700)
    return { problem: `${cell} has a year of the Buddhist era (${year} BE is ${year - 543} CE): write dates in the common era, YYYY-MM-DD` }
  return { value: cell }
}

/** Sets (or, for undefined, removes) the value at a path, making the objects and lists on the way. */
function setAt(root: Json, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = node[key]
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return
      node[key] = typeof path[i + 1] === 'number' ? [] : {}
    }
    node = node[key] as Record<string | number, unknown>
  }
  const last = path.at(-1)!
  if (value === undefined) delete node[last]
  else node[last] = value
}

/** Whether a row leaves an entry as the CMS holds it (compared in canonical form, as a bundle import compares). */
function sameEntry(collection: CollectionName, current: Json, entry: Json): boolean {
  try {
    return serializeEntry(collection, current as EntryOf<typeof collection>) === serializeEntry(collection, entry as EntryOf<typeof collection>)
  } catch {
    return false
  }
}
