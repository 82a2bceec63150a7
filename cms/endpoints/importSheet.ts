/**
 * POST /api/import-sheet: an editor's or admin's spreadsheet (CSV, XLSX) as the `file` field of a multipart form, with
 * `mode` (`check`, the default, or `import`) and `collection` (what a CSV file holds, when its name does not say).
 * Answers 200 with what each row does or did, or 422 with every problem (sheet, row, column, reason) in the request's
 * language; nothing is written unless every row is right. Bodies are held to MAX_UPLOAD_BYTES by the request guard
 * (cms/http/guardRequest.ts) before this reads them, and the file to the spreadsheet limit here.
 */
import type { Endpoint } from 'payload'
import { SheetError } from '../../content/sheet/problems.ts'
import { sheetLimits } from '../../content/sheet/limits.ts'
import { collections, isCollection } from '../../content/schema/index.ts'
import { signedWithReadOnlyKey } from '../access/readOnlyApiKeys.ts'
import { hasRole } from '../access/roles.ts'
import { importSheets } from '../bundle/importSheet.ts'
import { localizeSheetProblem, localizeSheetReason } from '../i18n/sheetMessages.ts'
import { reqText } from '../i18n/translate.ts'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** A file name as the person named it (Thai included), without what could pass for a path or hide in a message. */
const fileName = (name: string) => name.replace(/[\p{Cc}\p{Cf}/\\]/gu, '_').slice(-100) || 'upload.csv'

export const importSheetEndpoint: Endpoint = {
  path: '/import-sheet',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, reqText(req, 'sheetSignIn'))
    if (!hasRole(req.user, 'admin', 'editor')) return refuse(403, reqText(req, 'sheetEditorsOnly'))
    if (signedWithReadOnlyKey(req)) return refuse(403, reqText(req, 'sheetReadOnlyKey'))
    let form: FormData | undefined
    try {
      form = await req.formData?.()
    } catch {
      // Not a multipart form: answered below.
    }
    const file = form?.get('file')
    if (!file || typeof file === 'string') return refuse(400, reqText(req, 'sheetSendFile'))
    if (file.size > sheetLimits.bytes) return refuse(413, reqText(req, 'sheetTooLarge', { max: sheetLimits.bytes.toLocaleString('en-US') }))
    const mode = String(form?.get('mode') ?? 'check')
    if (mode !== 'check' && mode !== 'import') return refuse(400, reqText(req, 'sheetBadMode', { mode: mode.slice(0, 40) }))
    const collection = String(form?.get('collection') ?? '') || undefined
    if (collection !== undefined && !isCollection(collection))
      return refuse(400, reqText(req, 'sheetBadCollection', { collection: collection.slice(0, 40), allowed: collections.join(', ') }))

    const language = req.i18n?.language
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const report = await importSheets(req.payload, [{ name: fileName(file.name), bytes }], { collection, dryRun: mode === 'check', user: req.user })
      return Response.json({ mode, ...report, notes: report.notes.map((note) => localizeSheetReason(note, language)) })
    } catch (error) {
      if (!(error instanceof SheetError)) throw error
      return Response.json({ mode, problems: error.problems.map((problem) => localizeSheetProblem(problem, language)) }, { status: 422 })
    }
  },
}
