import type { Role } from './types'

/** All roles, highest first; the order of the role pickers. */
export const ROLES = ['SYSTEM_ADMIN', 'ORG_ADMIN', 'GROUP_LEADER', 'INTEGRATION', 'VIEWER'] as const satisfies readonly Role[]

/**
 * The server's ranking: an administrator never grants a role above its own highest one
 * (系统管理员 4 > 管理员 3 > 小组组长 = 接口客户端 2 > 只读 1).
 */
export const ROLE_RANK: Readonly<Record<Role, number>> = {
  SYSTEM_ADMIN: 4,
  ORG_ADMIN: 3,
  GROUP_LEADER: 2,
  INTEGRATION: 2,
  VIEWER: 1,
}

export function highestRank(roles: readonly Role[]): number {
  return roles.reduce((max, role) => Math.max(max, ROLE_RANK[role] ?? 0), 0)
}

/** The roles a user holding `own` may grant: none above its highest rank. */
export function grantableRoles(own: readonly Role[]): Role[] {
  const rank = highestRank(own)
  return ROLES.filter((role) => ROLE_RANK[role] <= rank)
}
