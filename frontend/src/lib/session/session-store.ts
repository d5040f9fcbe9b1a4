import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { highestRank } from './roles'
import {
  clearPersistedSession,
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  readPersistedSession,
  writePersistedSession,
} from './session-storage'
import type { ApiLoginResponse, ApiMe, Permission, SessionUser } from './types'

/** Why the last session ended; the login page tells the user when it was not their own doing. */
export type SessionEndReason = 'expired' | 'logout'

/**
 * The login of this browser tab: the bearer token (persisted in sessionStorage) and the user it
 * belongs to (fetched again after a reload, so roles changed meanwhile take effect).
 */
export const useSessionStore = defineStore('session', () => {
  const persisted = readPersistedSession()
  const token = ref<string | null>(persisted?.token ?? null)
  const expiresAt = ref<string | null>(persisted?.expiresAt ?? null)
  const idleTimeoutSeconds = ref(persisted?.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS)
  const user = ref<SessionUser | null>(null)
  const endReason = ref<SessionEndReason | null>(null)

  const isAuthenticated = computed(() => token.value !== null)
  const permissions = computed<ReadonlySet<Permission>>(() => new Set(user.value?.permissions ?? []))
  const rank = computed(() => highestRank(user.value?.roles ?? []))
  const mustChangePassword = computed(() => user.value?.mustChangePassword === true)
  /** An administrator where a second factor is required, without one yet (A3): only the account page works. */
  const mustEnrolTotp = computed(() => user.value?.totpEnrolmentRequired === true)

  function can(permission: Permission): boolean {
    return permissions.value.has(permission)
  }

  /** Takes the answer of a login or a token refresh. */
  function start(login: ApiLoginResponse): void {
    // An empty token would look logged in while sending no Authorization header.
    if (!login.accessToken) throw new Error('login answer without a token')
    token.value = login.accessToken
    expiresAt.value = login.expiresAt
    idleTimeoutSeconds.value = login.idleTimeoutSeconds
    user.value = login.user
    endReason.value = null
    writePersistedSession({ token: token.value, expiresAt: expiresAt.value, idleTimeoutSeconds: idleTimeoutSeconds.value })
  }

  /** The user as the server now describes it (after a reload, a password change, a second-factor change). */
  function setUser(me: ApiMe): void {
    user.value = me
  }

  /** The server refused a call until the password is changed. */
  function requirePasswordChange(): void {
    if (user.value) user.value = { ...user.value, mustChangePassword: true }
  }

  /** The server refused a call until a second factor is enrolled. */
  function requireTotpEnrolment(): void {
    if (user.value) user.value = { ...user.value, totpEnrolmentRequired: true }
  }

  function clear(reason: SessionEndReason | null = null): void {
    token.value = null
    expiresAt.value = null
    user.value = null
    endReason.value = reason
    clearPersistedSession()
  }

  return {
    token,
    expiresAt,
    idleTimeoutSeconds,
    user,
    endReason,
    isAuthenticated,
    permissions,
    rank,
    mustChangePassword,
    mustEnrolTotp,
    can,
    start,
    setUser,
    requirePasswordChange,
    requireTotpEnrolment,
    clear,
  }
})

export type SessionStore = ReturnType<typeof useSessionStore>
