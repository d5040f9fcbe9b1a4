import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { useSessionStore } from './session-store'
import type { ApiLoginResponse } from './types'

const LOGIN: ApiLoginResponse = {
  accessToken: 'tok-0123456789abcdefghijklmnop',
  tokenType: 'Bearer',
  expiresAt: '2026-03-10T16:00:00Z',
  idleTimeoutSeconds: 1800,
  user: {
    id: 2,
    username: 'xingan-admin',
    displayName: '兴安乡关工委管理员',
    organizationId: 14,
    organizationName: '兴安乡关工委',
    roles: ['ORG_ADMIN'],
    permissions: ['ORGANIZATION_READ', 'ORGANIZATION_WRITE', 'USER_READ', 'USER_WRITE', 'AUDIT_READ'],
    scopeIsEverything: false,
    mustChangePassword: false,
    totpEnabled: false,
    totpEnrolmentRequired: false,
  },
}

/** A new page load: a fresh Pinia reading what sessionStorage kept. */
function reloadPage() {
  setActivePinia(createPinia())
  return useSessionStore()
}

describe('session store', () => {
  it('starts logged out', () => {
    const session = useSessionStore()
    expect(session.isAuthenticated).toBe(false)
    expect(session.user).toBeNull()
    expect(session.can('ORGANIZATION_READ')).toBe(false)
  })

  it('keeps the token in sessionStorage, and never in localStorage', () => {
    useSessionStore().start(LOGIN)

    expect(JSON.parse(sessionStorage.getItem('xinhuo.session') ?? 'null')).toEqual({
      token: LOGIN.accessToken,
      expiresAt: '2026-03-10T16:00:00Z',
      idleTimeoutSeconds: 1800,
    })
    expect(JSON.stringify({ ...localStorage })).not.toContain(LOGIN.accessToken)
  })

  it('survives a reload with the token; the user is fetched again', () => {
    useSessionStore().start(LOGIN)

    const reloaded = reloadPage()

    expect(reloaded.token).toBe(LOGIN.accessToken)
    expect(reloaded.idleTimeoutSeconds).toBe(1800)
    expect(reloaded.isAuthenticated).toBe(true)
    expect(reloaded.user).toBeNull()
  })

  it('holds the user, its permissions and rank', () => {
    const session = useSessionStore()
    session.start(LOGIN)
    expect(session.user?.organizationName).toBe('兴安乡关工委')
    expect(session.can('USER_WRITE')).toBe(true)
    expect(session.rank).toBe(3)
    expect(session.mustChangePassword).toBe(false)
  })

  it('clears everything, in memory and in sessionStorage, and says why', () => {
    const session = useSessionStore()
    session.start(LOGIN)

    session.clear('expired')

    expect(session.token).toBeNull()
    expect(session.user).toBeNull()
    expect(session.endReason).toBe('expired')
    expect(sessionStorage.getItem('xinhuo.session')).toBeNull()
    expect(reloadPage().isAuthenticated).toBe(false)
  })

  it('ignores a damaged stored value', () => {
    sessionStorage.setItem('xinhuo.session', '{not json')
    expect(reloadPage().isAuthenticated).toBe(false)
    sessionStorage.setItem('xinhuo.session', JSON.stringify({ token: '' }))
    expect(reloadPage().isAuthenticated).toBe(false)
  })

  it('refuses a login answer with an empty token instead of half-starting a session', () => {
    const session = useSessionStore()
    expect(() => session.start({ ...LOGIN, accessToken: '' })).toThrow()
    expect(session.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem('xinhuo.session')).toBeNull()
  })

  it('takes the idle timeout and the absolute end of each login or refresh', () => {
    const session = useSessionStore()
    session.start(LOGIN)
    session.start({ ...LOGIN, accessToken: 'tok-refreshed-0123456789abcdef', idleTimeoutSeconds: 600 })

    expect(session.idleTimeoutSeconds).toBe(600)
    expect(session.expiresAt).toBe('2026-03-10T16:00:00Z')
    expect(reloadPage().idleTimeoutSeconds).toBe(600)
  })

  it('replaces the user with the one the server answers, e.g. after turning on the second factor', () => {
    const session = useSessionStore()
    session.start(LOGIN)
    expect(session.user?.totpEnabled).toBe(false)

    session.setUser({ ...LOGIN.user, totpEnabled: true })

    expect(session.user?.totpEnabled).toBe(true)
    expect(session.token).toBe(LOGIN.accessToken)
  })

  it('marks a pending password change the server demanded', () => {
    const session = useSessionStore()
    session.start(LOGIN)
    session.requirePasswordChange()
    expect(session.mustChangePassword).toBe(true)
  })
})
