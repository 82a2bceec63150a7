import type { Locale } from '../../content/schema/index.ts'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

/** The part of a signed-in user that access rules look at. */
export interface StaffUser {
  role?: Role | null
  translatorLocales?: Locale[] | null
}

/** True when the request comes from a signed-in member of staff holding one of the roles. */
export function hasRole(user: unknown, ...allowed: Role[]): boolean {
  const role = (user as StaffUser | null | undefined)?.role
  return Boolean(role && allowed.includes(role))
}
