import type { Middleware } from 'openapi-fetch'
import { PROBLEM_TYPES } from '@/lib/api/problem'
import type { SessionNavigation } from './session-navigation'
import type { SessionEndReason } from './session-store'

/** The parts of the session store the middleware uses. */
export interface SessionAccess {
  readonly token: string | null
  clear(reason: SessionEndReason | null): void
  requirePasswordChange(): void
  requireTotpEnrolment(): void
}

export interface AuthMiddlewareOptions {
  session: () => SessionAccess
  navigation: SessionNavigation
  fetch?: (request: Request) => Promise<Response>
}

/** A refused login is the login page's business, a refused logout means the session is over anyway. */
const NO_SESSION_HANDLING = new Set(['/api/v1/auth/login', '/api/v1/auth/logout'])

function bearerOf(request: Request): string | null {
  const header = request.headers.get('Authorization')
  return header?.startsWith('Bearer ') ? header.slice(7) : null
}

async function problemType(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { type?: unknown } | null
    return typeof body?.type === 'string' ? body.type : undefined
  } catch {
    return undefined
  }
}

/**
 * Sends the session's bearer token with every call and reacts to the server's verdict on it:
 * 401 → the session is cleared and the user goes to the login page; 403 password-change-required
 * → to the password change page.
 *
 * A call that was sent with a token replaced meanwhile by a refresh (the old one is revoked at once)
 * is repeated once with the new token instead of ending the session.
 */
export function createAuthMiddleware(options: AuthMiddlewareOptions): Middleware {
  const doFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const copies = new Map<string, Request>()

  return {
    onRequest({ request, id }) {
      const token = options.session().token
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      // Kept to repeat the call after a concurrent refresh; bodies here are small JSON documents.
      if (token) copies.set(id, request.clone())
      return request
    },

    async onResponse({ request, response, schemaPath, id }) {
      const copy = copies.get(id)
      copies.delete(id)
      if (NO_SESSION_HANDLING.has(schemaPath)) return response

      if (response.status === 401) {
        const session = options.session()
        const sent = bearerOf(request)
        if (copy && sent && session.token && session.token !== sent) {
          copy.headers.set('Authorization', `Bearer ${session.token}`)
          const repeated = await doFetch(copy)
          if (repeated.status !== 401) return repeated
        }
        // Only the first of several refused calls ends the session and navigates.
        if (session.token !== null) {
          session.clear('expired')
          options.navigation.toLogin()
        }
        return response
      }

      if (response.status === 403) {
        const type = await problemType(response)
        if (type === PROBLEM_TYPES.passwordChangeRequired) {
          options.session().requirePasswordChange()
          options.navigation.toPasswordChange()
        } else if (type === PROBLEM_TYPES.totpEnrolmentRequired) {
          options.session().requireTotpEnrolment()
          options.navigation.toTotpEnrolment()
        }
      }
      return response
    },

    onError({ id }) {
      copies.delete(id)
    },
  }
}
