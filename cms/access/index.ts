/**
 * The access rules, as tiny named functions so that a collection reads like the roles table in ARCHITECTURE.md:
 * anonymous reads published public data, translators edit their locales as drafts, editors publish, admins do all.
 */
import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/** Any signed-in user: the users collection holds staff only. */
export const isStaff: Access = ({ req: { user } }) => Boolean(user)
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
/** Editors and admins: create, publish, unpublish and delete content. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
/** Editors, admins and translators may save; what translators may save is narrowed by enforceTranslatorRules. */
export const isContentStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'translator')
/** Staff read everything; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => (user ? true : { _status: { equals: 'published' } })

/** Field rule: internal data (personal data, notes) is visible to staff only. */
export const staffField: FieldAccess = ({ req: { user } }) => Boolean(user)
/** Field rule: language-neutral fields (slug, relations, dates) are changed by editors, not translators. */
export const editorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
/** Field rule for the users collection: only admins change roles and locale assignments. */
export const adminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
