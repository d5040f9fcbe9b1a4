import type { PersistedSession } from './types'

/**
 * The token lives in sessionStorage: a reload keeps the login, closing the tab ends it, and other
 * tabs never see it. Never localStorage, which outlives the browser session.
 */
const KEY = 'xinhuo.session'

/** 30 minutes, the server's default; replaced by the value of each login or refresh. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 1800

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined // storage disabled by the browser's privacy settings: the login lasts until reload
  }
}

export function readPersistedSession(): PersistedSession | null {
  const raw = storage()?.getItem(KEY)
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<PersistedSession> | null
    if (!value || typeof value.token !== 'string' || !value.token) return null
    return {
      token: value.token,
      expiresAt: typeof value.expiresAt === 'string' ? value.expiresAt : null,
      idleTimeoutSeconds:
        typeof value.idleTimeoutSeconds === 'number' && value.idleTimeoutSeconds > 0
          ? value.idleTimeoutSeconds
          : DEFAULT_IDLE_TIMEOUT_SECONDS,
    }
  } catch {
    return null
  }
}

export function writePersistedSession(session: PersistedSession): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(session))
  } catch {
    // quota or privacy mode: the login still works until the page is reloaded
  }
}

export function clearPersistedSession(): void {
  storage()?.removeItem(KEY)
}
