/**
 * The roles the visibility suites act as (visibility.test.ts on the Local API, visibilityHttp.test.ts over HTTP) and
 * what each may read, from ARCHITECTURE.md's roles table. A restricted entry names the two `named-` users among its
 * readers: a member of this office and one of another BMA unit.
 */
export type Role = 'anonymous' | 'bma-reader' | 'named-bma-reader' | 'translator' | 'editor' | 'named-editor' | 'admin'
export const roles: Role[] = ['anonymous', 'bma-reader', 'named-bma-reader', 'translator', 'editor', 'named-editor', 'admin']
export const levels = ['public', 'bma', 'office', 'restricted'] as const
export type Level = (typeof levels)[number]

export const reads: Record<Role, Level[]> = {
  anonymous: ['public'],
  'bma-reader': ['public', 'bma'],
  'named-bma-reader': ['public', 'bma', 'restricted'],
  translator: ['public', 'bma', 'office'],
  editor: ['public', 'bma', 'office'],
  'named-editor': ['public', 'bma', 'office', 'restricted'],
  admin: ['public', 'bma', 'office', 'restricted'],
}

/** The user account a role signs in as (a `named-` user is an editor or a BMA reader whom the entry names). */
export const accountRole = (role: Exclude<Role, 'anonymous'>) => (role === 'named-editor' ? 'editor' : role === 'named-bma-reader' ? 'bma-reader' : role)
export const isOfficeStaff = (role: Role) => ['translator', 'editor', 'named-editor', 'admin'].includes(role)
