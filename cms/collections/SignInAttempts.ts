import type { CollectionConfig } from 'payload'

/**
 * Sign-in attempts of the last minutes, by account and client, kept in the database so that every CMS instance on it
 * throttles alike (cms/auth/signInThrottle.ts). Written and read by the CMS only; no role sees it.
 */
export const SignInAttempts: CollectionConfig = {
  slug: 'sign-in-attempts',
  labels: { singular: { en: 'Sign-in attempt', th: 'การพยายามเข้าสู่ระบบ' }, plural: { en: 'Sign-in attempts', th: 'การพยายามเข้าสู่ระบบ' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'key', label: { en: 'Account and client', th: 'บัญชีและเครื่องที่ใช้' }, type: 'text', required: true, index: true }],
}
