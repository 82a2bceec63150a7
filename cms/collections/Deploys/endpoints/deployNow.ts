import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { recordChange } from '../../../deploy/recordChange.ts'
import { signedWithReadOnlyKey } from '../../../access/readOnlyApiKeys.ts'
import { reqText } from '../../../i18n/translate.ts'

/** POST /api/deploys/now: an admin rebuilds the public site without waiting for a change. */
export const deployNow: Endpoint = {
  path: '/now',
  method: 'post',
  handler: async (req) => {
    if (signedWithReadOnlyKey(req)) return Response.json({ errors: [{ message: 'This API key is read-only.' }] }, { status: 403 })
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: reqText(req, 'deployAdminsOnly') }] }, { status: 403 })
    await recordChange(req.payload, { collection: 'site', action: 'manual', by: req.user?.email as string | undefined }, { immediate: true, committed: true })
    return Response.json({ message: reqText(req, 'deployQueued') }, { status: 202 })
  },
}
