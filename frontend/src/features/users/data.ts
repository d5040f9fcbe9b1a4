import { grantableRoles, highestRank, ROLES } from '@/lib/session/roles'
import type { Role, User } from './api/types'

export { ROLES }

/** The create form's fields, also the JSON properties whose server errors it shows beside them. */
export const CREATE_FIELDS = ['username', 'displayName', 'phone', 'organizationId', 'roles', 'initialPassword'] as const
export type CreateField = (typeof CREATE_FIELDS)[number]

export const UPDATE_FIELDS = ['displayName', 'phone', 'organizationId', 'roles', 'enabled'] as const
export type UpdateField = (typeof UPDATE_FIELDS)[number]

/** As the contract says; checked by the server too, here only to say early what is expected. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/

/** Locked after failed logins, until `lockedUntil`. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: number = Date.now()): boolean {
  if (!user.lockedUntil) return false
  const until = Date.parse(user.lockedUntil)
  return !Number.isNaN(until) && until > now
}

export type UserTag = 'disabled' | 'locked' | 'mustChangePassword'

/** The state tags of a user in the list: 已停用, 已锁定, 待改密码; none for an ordinary account. */
export function userTags(user: Pick<User, 'enabled' | 'lockedUntil' | 'mustChangePassword'>, now = Date.now()): UserTag[] {
  const tags: UserTag[] = []
  if (!user.enabled) tags.push('disabled')
  if (isLocked(user, now)) tags.push('locked')
  if (user.mustChangePassword) tags.push('mustChangePassword')
  return tags
}

/** The roles the create and edit forms offer: none above the administrator's own highest role. */
export function roleChoices(ownRoles: readonly Role[]): Role[] {
  return grantableRoles(ownRoles)
}

export type UserAction = 'edit' | 'resetPassword' | 'unlock'

export interface UserAccess {
  /** USER_WRITE */
  canWrite: boolean
  /** The administrator's own roles: an account that outranks them cannot be administered. */
  ownRoles: readonly Role[]
}

/** Row actions: what the administrator may do to this account in its current state. */
export function userActions(
  user: Pick<User, 'roles' | 'lockedUntil'>,
  access: UserAccess,
  now: number = Date.now(),
): UserAction[] {
  if (!access.canWrite || highestRank(user.roles) > highestRank(access.ownRoles)) return []
  const actions: UserAction[] = ['edit', 'resetPassword']
  if (isLocked(user, now)) actions.push('unlock')
  return actions
}
