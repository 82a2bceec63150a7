/**
 * Imports spreadsheets (CSV, XLSX) into the CMS: every row is checked against the schema and against what the CMS
 * holds before anything is written (content/sheet/check.ts), then the rows are written as a bundle is written
 * (`importEntries`): all or nothing, in one transaction, a re-import updating the entries its slugs name.
 */
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { BundleError } from '../../content/bundle.ts'
import { checkSheets, type PlannedRow, type SheetContext } from '../../content/sheet/check.ts'
import { columnAt } from '../../content/sheet/layout.ts'
import { SheetError, type SheetProblem } from '../../content/sheet/problems.ts'
import { readSpreadsheet, type ReadResult } from '../../content/sheet/read.ts'
import { collections, fieldsOf, type CollectionName, type EntryOf } from '../../content/schema/index.ts'
import { currentEntries } from './currentEntries.ts'
import { asDocs } from './documents.ts'
import { importEntries, type ImportSummary } from './importBundle.ts'
import { bundlePathOf } from './mediaPaths.ts'
import { richTextConverter } from './richText.ts'

export interface SheetFile {
  name: string
  bytes: Uint8Array
}

export interface SheetImportOptions {
  /** The collection a CSV file holds, when its name does not say. */
  collection?: CollectionName
  /** A folder holding the media files the sheet names (else they must be in the CMS's media library). */
  mediaDir?: string
  /** Only check: report what the import would do, write nothing. */
  dryRun?: boolean
  /** Who imports: entries they may not change are refused. None: the system (the command line). */
  user?: PayloadRequest['user']
}

export interface SheetImportReport {
  /** Each row and what importing it does (or did). */
  rows: PlannedRow[]
  notes: string[]
  /** What was written; absent for a dry run. */
  summary?: ImportSummary
}

// One import at a time in this process: imports are long transactions, and SQLite takes one writer.
let running: Promise<unknown> = Promise.resolve()

/** Checks the files and, unless `dryRun`, imports them; throws a SheetError listing every problem, having written nothing. */
export function importSheets(payload: Payload, files: SheetFile[], options: SheetImportOptions = {}): Promise<SheetImportReport> {
  const next = running.then(
    () => run(payload, files, options),
    () => run(payload, files, options),
  )
  running = next.catch(() => undefined)
  return next
}

async function run(payload: Payload, files: SheetFile[], options: SheetImportOptions): Promise<SheetImportReport> {
  const reads = await Promise.all(files.map((file) => readSpreadsheet(file.name, file.bytes, { collection: options.collection })))
  const read: ReadResult = { tables: reads.flatMap((r) => r.tables), problems: reads.flatMap((r) => r.problems), notes: reads.flatMap((r) => r.notes) }
  const plan = checkSheets(read, await cmsContext(payload, read, options))
  if (options.dryRun) return { rows: plan.rows, notes: plan.notes }

  const rowOf = new Map(plan.rows.map((row) => [`${row.sheet}, row ${row.row}`, row]))
  const label = files.map((file) => basename(file.name)).join(', ')
  const byEntry = new Map(plan.rows.map((row) => [`${row.collection}/${row.slug}`, `${row.sheet}, row ${row.row}`]))
  try {
    const summary = await importEntries(payload, plan.bundle, {
      label,
      where: (collection, slug) => byEntry.get(`${collection}/${slug}`) ?? `${label}: ${collection}/${slug}`,
      mediaDir: options.mediaDir,
      by: typeof options.user?.email === 'string' ? options.user.email : undefined,
    })
    return { rows: plan.rows, notes: plan.notes, summary }
  } catch (error) {
    if (!(error instanceof BundleError)) throw error
    // The CMS refused a write the check let through: named by row and column all the same.
    throw new SheetError(
      error.problems.map(({ file, field, reason }): SheetProblem => {
        const row = rowOf.get(file)
        if (!row) return { sheet: label, reason: `${file}: ${field ? `${field} ` : ''}${reason}` }
        const { header } = columnAt(
          row.collection,
          field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
        )
        return { sheet: row.sheet, row: row.row, header: header || undefined, reason }
      }),
    )
  }
}

/** What the check needs of the CMS: its entries (to update and to refer to), its media, and who may change what. */
async function cmsContext(payload: Payload, read: ReadResult, { mediaDir, user }: SheetImportOptions): Promise<SheetContext> {
  const sheetCollections = [...new Set(read.tables.map((table) => table.collection))]
  const richText = await richTextConverter(payload.config)
  const current = new Map(await Promise.all(sheetCollections.map(async (c) => [c, await currentEntries(payload, c, richText)] as const)))
  const targets = new Set(sheetCollections.flatMap((c) => fieldsOf(c).flatMap((field) => field.kind.reference?.to ?? [])))
  const slugs = new Map<string, Set<string>>()
  for (const collection of collections.filter((c) => targets.has(c) || current.has(c))) {
    const { docs } = await payload.find({ collection, overrideAccess: true, depth: 0, limit: 0, pagination: false, select: { slug: true } })
    slugs.set(collection, new Set(asDocs(docs).map((doc) => String(doc.slug))))
  }
  const { docs: media } = await payload.find({
    collection: 'media',
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { bundlePath: true, filename: true },
  })
  const mediaPaths = new Set(asDocs(media).map(bundlePathOf))
  const refusals = user ? await refusalsFor(payload, user, current) : undefined
  return {
    current: (collection, slug) => current.get(collection)?.get(slug)?.entry as EntryOf<CollectionName> | undefined,
    exists: (collection, slug) => slugs.get(collection)?.has(slug) ?? false,
    mediaExists: (path) => mediaPaths.has(path) || (mediaDir !== undefined && existsSync(join(mediaDir, path))),
    refusal: refusals,
  }
}

/**
 * The collections' own access rules, asked for the person importing: a row may create an entry only where they may
 * create, and change one only where they may update it (an editor may not change a restricted entry that does not
 * name them). The writes themselves then run as the system, as a bundle import's do.
 */
async function refusalsFor(
  payload: Payload,
  user: NonNullable<PayloadRequest['user']>,
  current: Map<CollectionName, Map<string, unknown>>,
): Promise<SheetContext['refusal']> {
  const req = await createLocalReq({ user }, payload)
  const mayCreate = new Map<CollectionName, boolean>()
  const mayUpdate = new Map<CollectionName, Set<string>>()
  for (const [collection, entries] of current) {
    const access = payload.collections[collection].config.access
    mayCreate.set(collection, (await access.create({ req })) !== false)
    const rule = await access.update({ req })
    if (rule === true) {
      mayUpdate.set(collection, new Set(entries.keys()))
      continue
    }
    if (rule === false) {
      mayUpdate.set(collection, new Set())
      continue
    }
    const where: Where = { and: [rule, { slug: { in: [...entries.keys()] } }] }
    const { docs } = await payload.find({ collection, overrideAccess: true, depth: 0, limit: 0, pagination: false, where, select: { slug: true } })
    mayUpdate.set(collection, new Set(asDocs(docs).map((doc) => String(doc.slug))))
  }
  return (collection, slug, isNew) => {
    if (isNew) return mayCreate.get(collection) ? undefined : `is a new entry of ${collection}, and you may not create ${collection}`
    if (mayUpdate.get(collection)?.has(slug)) return undefined
    return `names an entry you may not change: a restricted entry is changed only by admins and the staff it names as readers`
  }
}
