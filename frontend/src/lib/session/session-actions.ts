import { ApiError } from '@/lib/api/problem'
import { getMe } from './api/get-me'
import { logout } from './api/logout'
import { refreshToken } from './api/refresh-token'
import { useSessionStore } from './session-store'

/**
 * After a reload only the token is known: fetch the user it belongs to. A refused token has
 * already cleared the session (auth middleware); any other failure (server away) ends it too,
 * since the SPA cannot tell what the user may do.
 */
export async function restoreSession(): Promise<void> {
  const session = useSessionStore()
  if (!session.token) return
  try {
    session.setUser(await getMe())
  } catch (error) {
    if (session.token) session.clear(error instanceof ApiError && error.status === 401 ? 'expired' : null)
  }
}

/** Exchanges the token for a fresh one (the idle clock restarts; the absolute end stays). */
export async function refreshSession(): Promise<void> {
  const session = useSessionStore()
  if (!session.token) return
  session.start(await refreshToken())
}

/** Logs out: the server revokes the token; the local session ends even if the server cannot be reached. */
export async function endSession(): Promise<void> {
  const session = useSessionStore()
  if (session.token) {
    try {
      await logout()
    } catch {
      // already expired or offline: nothing more to revoke from here
    }
  }
  session.clear('logout')
}
