import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'
import { importTbx, TbxError, tooLarge } from '../bundle/importTbx.ts'

/**
 * POST /api/glossary/import-tbx: an editor merges a TBX-Basic file (the request body) into the glossary. All or
 * nothing: a file with problems answers 422 with every problem (line, element, reason) and changes nothing.
 */
export const importTbxEndpoint: Endpoint = {
  path: '/import-tbx',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ errors: [{ message: 'Only editors and admins may import terms.' }] }, { status: 403 })
    const declared = Number(req.headers.get('content-length') ?? 0)
    const large = tooLarge(declared)
    if (large) return Response.json({ errors: [{ message: `The file ${large.reason}.` }] }, { status: 413 })
    const xml = (await req.text?.()) ?? ''
    const name = (req.headers.get('x-file-name') ?? 'upload.tbx').replace(/[^\w.\- ]/g, '_').slice(0, 100)
    try {
      const summary = await importTbx(req.payload, xml, name)
      return Response.json({ message: `Imported ${name}: ${summary.createdTerms.length} terms created, ${summary.updatedTerms.length} updated.`, ...summary })
    } catch (error) {
      if (!(error instanceof TbxError)) throw error
      const status = error.problems.some((p) => p.reason.includes('MAX_TBX_BYTES')) ? 413 : 422
      return Response.json({ message: error.message.split('\n')[0], errors: error.problems }, { status })
    }
  },
}
