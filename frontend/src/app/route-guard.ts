import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { redirectQuery, safeRedirect } from '@/lib/session/redirect'
import type { Permission } from '@/lib/session/types'
import { firstAllowedPath } from './nav'

/** What the guard needs to know about the session. */
export interface GuardSession {
  authenticated: boolean
  mustChangePassword: boolean
  mustEnrolTotp: boolean
  permissions: ReadonlySet<Permission>
}

export type GuardTarget = Pick<RouteLocationNormalized, 'name' | 'fullPath' | 'meta' | 'query'>

/**
 * The route guard's decision: `true` lets the navigation go on, anything else is where to go instead.
 * - the login page is for those not logged in;
 * - every other route needs a session;
 * - a pending password change allows only the password page;
 * - an administrator who must enrol a second factor first (A3) gets only the account page;
 * - a route's `meta.permission` is checked, and a refused route leads to the first allowed page.
 */
export function decideNavigation(to: GuardTarget, session: GuardSession): true | RouteLocationRaw {
  if (to.meta.public) {
    if (!session.authenticated) return true
    if (session.mustChangePassword) return { name: 'change-password', query: to.query }
    if (session.mustEnrolTotp) return { name: 'account', query: to.query }
    return safeRedirect(to.query.redirect) ?? firstAllowedPath(session.permissions)
  }
  if (!session.authenticated) return { name: 'login', query: redirectQuery(to.fullPath) }
  if (session.mustChangePassword) {
    if (to.name === 'change-password') return true
    return { name: 'change-password', query: redirectQuery(to.fullPath) }
  }
  if (session.mustEnrolTotp) {
    if (to.name === 'account') return true
    return { name: 'account', query: redirectQuery(to.fullPath) }
  }
  if (to.meta.home) return firstAllowedPath(session.permissions)
  if (to.meta.permission && !session.permissions.has(to.meta.permission)) return firstAllowedPath(session.permissions)
  return true
}
