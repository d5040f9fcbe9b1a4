import type { paths } from '@/lib/api/schema'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

/** As the contract declares them: every property required. */
export type ApiMe = Json<paths['/api/v1/auth/me']['get']['responses'][200]>
export type ApiLoginResponse = Json<paths['/api/v1/auth/login']['post']['responses'][200]>

export type Role = ApiMe['roles'][number]
export type Permission = ApiMe['permissions'][number]

/**
 * The logged-in user as the server describes it (GET /auth/me, the login and the second-factor
 * calls all answer Me): who, where (the organization whose subtree is the scope), the roles and
 * the functions they allow, whether the whole installation is in scope (system administrator),
 * whether only the password page works until the password is changed, and whether a second
 * factor protects the login.
 */
export type SessionUser = ApiMe

/** What survives a page reload (sessionStorage): never the user's data, which is fetched again. */
export interface PersistedSession {
  token: string
  /** The absolute end of the login (ISO instant). */
  expiresAt: string | null
  idleTimeoutSeconds: number
}
