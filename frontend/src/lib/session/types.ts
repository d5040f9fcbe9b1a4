import type { paths } from '@/lib/api/schema'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

/** As the contract declares them: every property optional (see toSessionUser). */
export type ApiMe = Json<paths['/api/v1/auth/me']['get']['responses'][200]>
export type ApiLoginResponse = Json<paths['/api/v1/auth/login']['post']['responses'][200]>

export type Role = NonNullable<ApiMe['roles']>[number]
export type Permission = NonNullable<ApiMe['permissions']>[number]

/** The logged-in user as the SPA works with it: every property present. */
export interface SessionUser {
  id: number
  username: string
  displayName: string
  organizationId: number
  organizationName: string
  roles: Role[]
  permissions: Permission[]
  /** A system administrator: the whole installation, not one subtree. */
  scopeIsEverything: boolean
  /** Until the initial or expired password is changed only that page works. */
  mustChangePassword: boolean
}

/** What survives a page reload (sessionStorage): never the user's data, which is fetched again. */
export interface PersistedSession {
  token: string
  /** The absolute end of the login (ISO instant). */
  expiresAt: string | null
  idleTimeoutSeconds: number
}

/**
 * The contract leaves every property of Me optional; the backend always sends them. A Me without
 * an id or username is not a login at all; missing lists are read as "nothing granted".
 */
export function toSessionUser(me: ApiMe | undefined): SessionUser {
  if (!me || typeof me.id !== 'number' || typeof me.username !== 'string') {
    throw new Error('incomplete user in the login answer')
  }
  return {
    id: me.id,
    username: me.username,
    displayName: me.displayName || me.username,
    organizationId: me.organizationId ?? 0,
    organizationName: me.organizationName ?? '',
    roles: [...(me.roles ?? [])],
    permissions: [...(me.permissions ?? [])],
    scopeIsEverything: me.scopeIsEverything === true,
    mustChangePassword: me.mustChangePassword === true,
  }
}
