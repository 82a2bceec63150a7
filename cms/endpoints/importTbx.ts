import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'
import { importTbx, TbxError, tooLarge } from '../bundle/importTbx.ts'
import { maxTbxBytes } from '../../content/tbx/read.ts'
import { reqText } from '../i18n/translate.ts'

/**
 * POST /api/glossary/import-tbx: an editor merges a TBX-Basic file, sent as the `file` field of a multipart form (the
 * request guard's upload limit, MAX_UPLOAD_BYTES, applies before MAX_TBX_BYTES), into the glossary. All or nothing:
 * a file with problems answers 422 with every problem (line, element, reason) and changes nothing. Its own messages are
 * in the language of the request; the problems keep the TBX reader's wording, which the command line shares.
 */
export const importTbxEndpoint: Endpoint = {
  path: '/import-tbx',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ errors: [{ message: reqText(req, 'tbxEditorsOnly') }] }, { status: 403 })
    let file: FormDataEntryValue | null = null
    try {
      file = (await req.formData?.())?.get('file') ?? null
    } catch {
      // Not a multipart form: answered below.
    }
    if (!file || typeof file === 'string') return Response.json({ errors: [{ message: reqText(req, 'tbxSendFile') }] }, { status: 400 })
    if (tooLarge(file.size))
      return Response.json({ errors: [{ message: reqText(req, 'tbxTooLarge', { bytes: file.size, max: maxTbxBytes() }) }] }, { status: 413 })
    const name = file.name.replace(/[^\w.\- ]/g, '_').slice(0, 100) || 'upload.tbx'
    try {
      const summary = await importTbx(req.payload, await file.text(), name)
      const message = reqText(req, 'tbxImported', { file: name, created: summary.createdTerms.length, updated: summary.updatedTerms.length })
      return Response.json({ message, ...summary })
    } catch (error) {
      if (!(error instanceof TbxError)) throw error
      return Response.json({ message: reqText(req, 'tbxRefused', { file: name, count: error.problems.length }), errors: error.problems }, { status: 422 })
    }
  },
}
