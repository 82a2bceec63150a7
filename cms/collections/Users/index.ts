import type { Access, CollectionConfig } from 'payload'
import { locales, shortText } from '../../../content/schema/index.ts'
import { adminField, isAdmin } from '../../access/index.ts'
import { refuseWritesWithReadOnlyKey } from '../../access/readOnlyApiKeys.ts'
import { roles } from '../../access/roles.ts'
import { forgiveSignIn, throttleSignIn } from '../../auth/signInThrottle.ts'
import { validateWith } from '../../fields/validate.ts'
import { limitReads } from '../../hooks/limitReads.ts'
import { rejectMalformedIds } from '../../hooks/rejectMalformedIds.ts'
import { servedOverHttps } from '../../http/adminOrigins.ts'
import { refuseAdminOnlyChanges } from './hooks/refuseAdminOnlyChanges.ts'
import { requireStrongPassword } from './hooks/requireStrongPassword.ts'

/** Admins manage everyone; other staff read and update only themselves. */
const adminOrSelf: Access = ({ req: { user } }) => (user?.role === 'admin' ? true : user ? { id: { equals: user.id } } : false)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', th: 'ผู้ใช้' }, plural: { en: 'Users', th: 'ผู้ใช้' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'translatorLocales'] },
  auth: {
    // No lockout (anyone could keep an account locked): failed sign-ins are throttled per account and client instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useAPIKey: true,
    // Production serves the admin over HTTPS (CMS_PUBLIC_URL): its session cookie is then never sent in clear.
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req: { user } }) => Boolean(user) },
  hooks: {
    beforeOperation: [rejectMalformedIds, limitReads, refuseWritesWithReadOnlyKey, refuseAdminOnlyChanges, throttleSignIn],
    beforeValidate: [requireStrongPassword],
    afterLogin: [forgiveSignIn],
  },
  fields: [
    { name: 'name', type: 'text', validate: validateWith(shortText) },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'translator',
      options: [...roles],
      saveToJWT: true,
      access: { update: adminField, create: adminField },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      hasMany: true,
      options: [...locales],
      saveToJWT: true,
      access: { update: adminField, create: adminField },
      admin: { description: 'Locales a translator may edit.', condition: (data) => data?.role === 'translator' },
    },
    {
      name: 'apiKeyAccess',
      type: 'select',
      defaultValue: 'read',
      options: [
        { value: 'read', label: { en: 'Read only', th: 'อ่านอย่างเดียว' } },
        { value: 'read-write', label: { en: 'Read and write', th: 'อ่านและเขียน' } },
      ],
      access: { update: adminField, create: adminField },
      admin: { description: 'What this account’s API key may do; a new key only reads.', condition: (data) => Boolean(data?.enableAPIKey) },
    },
  ],
}
