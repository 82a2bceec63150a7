/**
 * POST /api/import-sheet?name=FILE[&collection=NAME][&mode=check|import]: a spreadsheet as the request body, checked
 * (`check`, the default) or imported (`import`) by editors and admins from the admin's import page. Answers 200 with
 * what each row does or did, or 422 with every problem (row, column, reason); nothing is written unless all is well.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { SheetError } from '../../content/sheet/problems.ts'
import { sheetLimits } from '../../content/sheet/limits.ts'
import { isCollection } from '../../content/schema/index.ts'
import { hasRole } from '../access/roles.ts'
import { foreignOriginProblem } from '../access/sameOrigin.ts'
import { importSheets } from '../bundle/importSheet.ts'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const importSheetEndpoint: Endpoint = {
  path: '/import-sheet',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Sign in as an editor or an admin to import spreadsheets.')
    if (!hasRole(req.user, 'admin', 'editor')) return refuse(403, 'Only editors and admins may import spreadsheets.')
    const foreign = foreignOriginProblem(req)
    if (foreign) return refuse(403, foreign)
    const params = req.searchParams
    const name = params.get('name')?.trim()
    if (!name) return refuse(400, 'Name the file: ?name=agreements.xlsx')
    const mode = params.get('mode') ?? 'check'
    if (mode !== 'check' && mode !== 'import') return refuse(400, `mode is "check" or "import", not "${mode}"`)
    const collection = params.get('collection') || undefined
    if (collection !== undefined && !isCollection(collection)) return refuse(400, `"${collection}" is not a collection`)
    const bytes = await readBody(req)
    if (!bytes) return refuse(413, `The file is larger than ${sheetLimits.bytes.toLocaleString('en-US')} bytes: split it.`)
    try {
      const report = await importSheets(req.payload, [{ name, bytes }], { collection, dryRun: mode === 'check', user: req.user })
      return Response.json({ mode, ...report })
    } catch (error) {
      if (error instanceof SheetError) return Response.json({ mode, problems: error.problems }, { status: 422 })
      throw error
    }
  },
}

/** The request body, or undefined once it is larger than a spreadsheet may be (reading stops there). */
async function readBody(req: PayloadRequest): Promise<Uint8Array | undefined> {
  if (Number(req.headers.get('content-length') ?? 0) > sheetLimits.bytes) return undefined
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = req.body?.getReader()
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length
    if (size > sheetLimits.bytes) {
      await reader!.cancel()
      return undefined
    }
    chunks.push(chunk.value)
  }
  return Buffer.concat(chunks)
}
