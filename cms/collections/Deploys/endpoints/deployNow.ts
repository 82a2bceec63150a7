import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { recordChange } from '../../../deploy/recordChange.ts'
import { signedWithReadOnlyKey } from '../../../access/readOnlyApiKeys.ts'

/** POST /api/deploys/now: an admin rebuilds the public site without waiting for a change. */
export const deployNow: Endpoint = {
  path: '/now',
  method: 'post',
  handler: async (req) => {
    if (signedWithReadOnlyKey(req)) return Response.json({ errors: [{ message: 'This API key is read-only.' }] }, { status: 403 })
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Only admins may start a deploy.' }] }, { status: 403 })
    await recordChange(req.payload, { collection: 'site', action: 'manual', by: req.user?.email as string | undefined }, { immediate: true })
    return Response.json({ message: 'Deploy queued.' }, { status: 202 })
  },
}
