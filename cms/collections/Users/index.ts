import type { Access, CollectionConfig } from 'payload'
import { locales } from '../../../content/schema/index.ts'
import { adminField, isAdmin } from '../../access/index.ts'
import { roles } from '../../access/roles.ts'
import { requireStrongPassword } from './hooks/requireStrongPassword.ts'

/** Admins manage everyone; other staff read and update only themselves. */
const adminOrSelf: Access = ({ req: { user } }) => (user?.role === 'admin' ? true : user ? { id: { equals: user.id } } : false)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', th: 'ผู้ใช้' }, plural: { en: 'Users', th: 'ผู้ใช้' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'translatorLocales'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useAPIKey: true,
    // Production serves the admin over HTTPS (CMS_PUBLIC_URL): its session cookie is then never sent in clear.
    cookies: { secure: (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req: { user } }) => Boolean(user) },
  hooks: { beforeValidate: [requireStrongPassword] },
  fields: [
    { name: 'name', type: 'text' },
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
  ],
}
