/**
 * Who reads what, by an entry's or a document's visibility (ARCHITECTURE.md, "Who may do what"): the public reads
 * `public`, BMA readers also `bma`, the office's staff also `office`; `restricted` is for admins and the users named on
 * the entry (`readers`, by e-mail). Applied as query constraints, so lists, counts, GraphQL and the Local API all obey
 * the same rule.
 */
import type { Access, FieldAccess, Where } from 'payload'
import { visibilities, type Visibility } from '../../content/schema/index.ts'
import { hasRole, isOfficeStaff, type StaffUser } from './roles.ts'

/** The visibilities a user reads without being named on the entry. */
export function readableVisibilities(user: unknown): Visibility[] {
  if (hasRole(user, 'admin')) return [...visibilities]
  if (isOfficeStaff(user)) return ['public', 'bma', 'office']
  if (hasRole(user, 'bma-reader')) return ['public', 'bma']
  return ['public']
}

export const canRead = (user: unknown, visibility: unknown): boolean => readableVisibilities(user).includes((visibility ?? 'public') as Visibility)

/** The signed-in user's e-mail address, which a restricted entry's `readers` name. */
export const emailOf = (user: unknown) => (user as StaffUser | null | undefined)?.email ?? undefined

/** Whether an entry names the user among its readers (a restricted entry's readers besides the admins). */
const namedOn = (user: unknown, entry: unknown): boolean => {
  const address = emailOf(user)
  const readers = (entry as { readers?: unknown } | null | undefined)?.readers
  return Boolean(address) && Array.isArray(readers) && readers.includes(address)
}

/** Entries of the user's levels, and restricted ones naming the user; none of either unless published, for outsiders. */
function visibleTo(user: unknown): Where | true {
  if (hasRole(user, 'admin')) return true
  const byLevel: Where = { visibility: { in: readableVisibilities(user) } }
  const address = emailOf(user)
  const visible: Where = address ? { or: [byLevel, { readers: { in: [address] } }] } : byLevel
  return isOfficeStaff(user) ? visible : { and: [{ _status: { equals: 'published' } }, visible] }
}

export const readByVisibility: Access = ({ req: { user } }) => visibleTo(user)
/** Versions follow the same rule, on the version's own fields; only the office's staff read history. */
export const readVersionsByVisibility: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isOfficeStaff(user)) return false
  const address = emailOf(user)
  const byLevel: Where = { 'version.visibility': { in: readableVisibilities(user) } }
  return address ? { or: [byLevel, { 'version.readers': { in: [address] } }] } : byLevel
}

/** Changes, for the roles that may change content at all: never a restricted entry the user is not named on. */
export const changeByVisibility: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isOfficeStaff(user)) return false
  const address = emailOf(user)
  const open: Where = { visibility: { not_equals: 'restricted' } }
  return address ? { or: [open, { readers: { in: [address] } }] } : open
}

/**
 * Field rule for the fields of a list item with its own visibility (an agreement's documents): the item is read by
 * those who may read its visibility, and a restricted one also by the users the entry names; asked without an item
 * (a query), only the office's staff may use the field.
 */
export const itemVisibleTo: FieldAccess = ({ req: { user }, doc, siblingData }) =>
  siblingData ? canRead(user, siblingData.visibility) || (siblingData.visibility === 'restricted' && namedOn(user, doc)) : isOfficeStaff(user)
