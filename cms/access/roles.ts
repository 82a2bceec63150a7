import type { Locale } from '../../content/schema/index.ts'

/**
 * Admins, editors and translators are this office's staff; BMA readers are staff of other BMA units, who read what
 * is shared with the BMA and change nothing.
 */
export const roles = ['admin', 'editor', 'translator', 'bma-reader'] as const
export type Role = (typeof roles)[number]

/** The part of a signed-in user that access rules look at. */
export interface StaffUser {
  email?: string | null
  role?: Role | null
  translatorLocales?: Locale[] | null
}

/** True when the request comes from a signed-in user holding one of the roles. */
export function hasRole(user: unknown, ...allowed: Role[]): boolean {
  const role = (user as StaffUser | null | undefined)?.role
  return Boolean(role && allowed.includes(role))
}

/** This office's staff: the roles that read internal data and drafts. */
export const isOfficeStaff = (user: unknown): boolean => hasRole(user, 'admin', 'editor', 'translator')
