import type { Access, CollectionConfig } from 'payload'
import { apiGuards } from '../../hooks/apiGuards.ts'
import { localeFacts, locales, shortText, type Locale } from '../../../content/schema/index.ts'
import { adminField, isAdmin } from '../../access/index.ts'
import { roles } from '../../access/roles.ts'
import { forgiveSignIn, throttleSignIn } from '../../auth/signInThrottle.ts'
import { labelled } from '../../fields/options.ts'
import { validateWith } from '../../fields/validate.ts'
import { servedOverHttps } from '../../http/adminOrigins.ts'
import { adminLanguages, applyLanguageOnChange, applyLanguageOnLogin } from './hooks/adminLanguage.ts'
import { refuseAdminOnlyChanges } from './hooks/refuseAdminOnlyChanges.ts'
import { requireStrongPassword } from './hooks/requireStrongPassword.ts'

const names = { th: new Intl.DisplayNames(['th'], { type: 'language' }), en: new Intl.DisplayNames(['en'], { type: 'language' }) }
/** A content language in the admin's language, with its own name: "ญี่ปุ่น (日本語)", "Japanese (日本語)". */
const languageName = (code: Locale) => {
  const { tag, endonym } = localeFacts[code]
  const named = (language: 'th' | 'en') => (names[language].of(tag) === endonym ? endonym : `${names[language].of(tag)} (${endonym})`)
  return { th: named('th'), en: named('en') }
}

/** Admins manage everyone; other staff read and update only themselves. */
const adminOrSelf: Access = ({ req: { user } }) => (user?.role === 'admin' ? true : user ? { id: { equals: user.id } } : false)

/** The admin's staff accounts: role, the languages a translator works in, the language the admin speaks to them. */
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
    beforeOperation: [...apiGuards, refuseAdminOnlyChanges, throttleSignIn],
    beforeValidate: [requireStrongPassword],
    afterLogin: [forgiveSignIn, applyLanguageOnLogin],
    afterChange: [applyLanguageOnChange],
  },
  fields: [
    { name: 'name', label: { th: 'ชื่อ-นามสกุล', en: 'Name' }, type: 'text', validate: validateWith(shortText) },
    {
      name: 'role',
      label: { th: 'บทบาท', en: 'Role' },
      type: 'select',
      required: true,
      defaultValue: 'translator',
      options: labelled(roles, {
        admin: { th: 'ผู้ดูแลระบบ', en: 'Administrator' },
        editor: { th: 'บรรณาธิการ (แก้ไขและเผยแพร่)', en: 'Editor (edits and publishes)' },
        translator: { th: 'ผู้แปล', en: 'Translator' },
        'bma-reader': { th: 'ผู้อ่าน (บุคลากร กทม. หน่วยงานอื่น)', en: 'Reader (staff of another BMA unit)' },
      }),
      saveToJWT: true,
      access: { update: adminField, create: adminField },
    },
    {
      name: 'translatorLocales',
      label: { th: 'ภาษาที่แปล', en: 'Languages translated' },
      type: 'select',
      hasMany: true,
      options: locales.map((code) => ({ value: code, label: languageName(code) })),
      saveToJWT: true,
      access: { update: adminField, create: adminField },
      admin: {
        description: { th: 'ภาษาที่ผู้แปลคนนี้แก้ไขได้', en: 'Locales a translator may edit.' },
        condition: (data) => data?.role === 'translator',
      },
    },
    {
      name: 'language',
      label: { th: 'ภาษาของหน้าจอ', en: 'Admin language' },
      type: 'select',
      defaultValue: 'th',
      options: labelled(adminLanguages, { th: { th: 'ไทย', en: 'Thai' }, en: { th: 'อังกฤษ', en: 'English' } }),
      admin: {
        description: {
          th: 'ภาษาที่ระบบแสดงเมื่อเข้าสู่ระบบ (ค่าเริ่มต้นคือภาษาไทย)',
          en: 'The language the admin speaks after signing in (Thai unless chosen otherwise).',
        },
      },
    },
    {
      name: 'apiKeyAccess',
      label: { th: 'สิทธิ์ของกุญแจ API', en: 'API key access' },
      type: 'select',
      defaultValue: 'read',
      options: [
        { value: 'read', label: { en: 'Read only', th: 'อ่านอย่างเดียว' } },
        { value: 'read-write', label: { en: 'Read and write', th: 'อ่านและเขียน' } },
      ],
      access: { update: adminField, create: adminField },
      admin: {
        description: { th: 'สิ่งที่กุญแจ API ของบัญชีนี้ทำได้ กุญแจใหม่อ่านได้อย่างเดียว', en: 'What this account’s API key may do; a new key only reads.' },
        condition: (data) => Boolean(data?.enableAPIKey),
      },
    },
  ],
}
