import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'
import { importTbx, TbxError, tooLarge } from '../bundle/importTbx.ts'

/**
 * POST /api/glossary/import-tbx: an editor merges a TBX-Basic file, sent as the `file` field of a multipart form (the
 * request guard's upload limit, MAX_UPLOAD_BYTES, applies before MAX_TBX_BYTES), into the glossary. All or nothing:
 * a file with problems answers 422 with every problem (line, element, reason) and changes nothing.
 */
export const importTbxEndpoint: Endpoint = {
  path: '/import-tbx',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ errors: [{ message: 'Only editors and admins may import terms.' }] }, { status: 403 })
    let file: FormDataEntryValue | null = null
    try {
      file = (await req.formData?.())?.get('file') ?? null
    } catch {
      // Not a multipart form: answered below.
    }
    if (!file || typeof file === 'string')
      return Response.json({ errors: [{ message: 'Send the TBX file as the "file" field of a multipart/form-data request.' }] }, { status: 400 })
    const large = tooLarge(file.size)
    if (large) return Response.json({ errors: [{ message: `The file ${large.reason}.` }] }, { status: 413 })
    const name = file.name.replace(/[^\w.\- ]/g, '_').slice(0, 100) || 'upload.tbx'
    try {
      const summary = await importTbx(req.payload, await file.text(), name)
      return Response.json({ message: `Imported ${name}: ${summary.createdTerms.length} terms created, ${summary.updatedTerms.length} updated.`, ...summary })
    } catch (error) {
      if (!(error instanceof TbxError)) throw error
      return Response.json({ message: error.message.split('\n')[0], errors: error.problems }, { status: 422 })
    }
  },
}
