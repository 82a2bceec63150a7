/**
 * The access rules, as tiny named functions so that a collection reads like the roles table in ARCHITECTURE.md:
 * anonymous reads published public data, BMA readers also what is shared with the BMA, translators edit their locales
 * as drafts, editors publish, admins do all. Entries with a visibility are read by it (./visibility.ts).
 */
import type { Access, FieldAccess } from 'payload'
import { hasRole, isOfficeStaff } from './roles.ts'

/** This office's staff (admins, editors, translators); BMA readers of other units are not. */
export const isStaff: Access = ({ req: { user } }) => isOfficeStaff(user)
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
/** Editors and admins: create, publish, unpublish and delete content. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
/** Editors, admins and translators may save; what translators may save is narrowed by enforceTranslatorRules. */
export const isContentStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'translator')
/** The office's staff read everything; the public and BMA readers read published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => (isOfficeStaff(user) ? true : { _status: { equals: 'published' } })

/** Field rule: internal data (personal data, notes) is visible to the office's staff only. */
export const staffField: FieldAccess = ({ req: { user } }) => isOfficeStaff(user)
/** Field rule: language-neutral fields (slug, relations, dates) are changed by editors, not translators. */
export const editorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
/** Field rule for the users collection: only admins change roles and locale assignments. */
export const adminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
