import { describe, expect, it } from 'vitest'
import type { Permission } from '@/lib/session/types'
import { decideNavigation, type GuardSession, type GuardTarget } from './route-guard'

function route(fullPath: string, meta: GuardTarget['meta'] = {}, name?: string): GuardTarget {
  const [path, search] = fullPath.split('?')
  const query = Object.fromEntries(new URLSearchParams(search ?? ''))
  return { name: name ?? path!.slice(1), fullPath, meta, query }
}

const USERS = route('/users?q=wang', { permission: 'USER_READ' }, 'users')
const ORGANIZATIONS = route('/organizations', { permission: 'ORGANIZATION_READ' }, 'organizations')
const AUDIT = route('/audit', { permission: 'AUDIT_READ' }, 'audit')
const LOGIN = route('/login', { public: true }, 'login')
const HOME = route('/', { home: true }, 'home')
const CHANGE_PASSWORD = route('/change-password', {}, 'change-password')

function session(permissions: Permission[], extra: Partial<GuardSession> = {}): GuardSession {
  return { authenticated: true, mustChangePassword: false, mustEnrolTotp: false, permissions: new Set(permissions), ...extra }
}
const LOGGED_OUT: GuardSession = {
  authenticated: false,
  mustChangePassword: false,
  mustEnrolTotp: false,
  permissions: new Set(),
}
const ADMIN = session(['ORGANIZATION_READ', 'ORGANIZATION_WRITE', 'USER_READ', 'USER_WRITE', 'AUDIT_READ'])
const VIEWER = session(['ORGANIZATION_READ'])

describe('route guard without a session', () => {
  it('sends every page to /login, remembering where the user wanted to go', () => {
    expect(decideNavigation(USERS, LOGGED_OUT)).toEqual({ name: 'login', query: { redirect: '/users?q=wang' } })
    expect(decideNavigation(CHANGE_PASSWORD, LOGGED_OUT)).toMatchObject({ name: 'login' })
  })

  it('needs no redirect for the home page', () => {
    expect(decideNavigation(HOME, LOGGED_OUT)).toEqual({ name: 'login', query: {} })
  })

  it('lets the login page open', () => {
    expect(decideNavigation(LOGIN, LOGGED_OUT)).toBe(true)
  })
})

describe('route guard with a pending password change', () => {
  const pending = { ...ADMIN, mustChangePassword: true }

  it('sends every page to /change-password', () => {
    expect(decideNavigation(ORGANIZATIONS, pending)).toEqual({
      name: 'change-password',
      query: { redirect: '/organizations' },
    })
    expect(decideNavigation(HOME, pending)).toEqual({ name: 'change-password', query: {} })
    expect(decideNavigation(LOGIN, pending)).toMatchObject({ name: 'change-password' })
  })

  it('lets the password page open', () => {
    expect(decideNavigation(CHANGE_PASSWORD, pending)).toBe(true)
  })
})

describe('route guard for an administrator who must enrol a second factor first (A3)', () => {
  const pending = { ...ADMIN, mustEnrolTotp: true }
  const ACCOUNT = route('/account', {}, 'account')

  it('sends every page to the account page, remembering where the user wanted to go', () => {
    expect(decideNavigation(USERS, pending)).toEqual({ name: 'account', query: { redirect: '/users?q=wang' } })
    expect(decideNavigation(HOME, pending)).toEqual({ name: 'account', query: {} })
    expect(decideNavigation(LOGIN, pending)).toMatchObject({ name: 'account' })
  })

  it('lets the account page open, and a pending password change comes first', () => {
    expect(decideNavigation(ACCOUNT, pending)).toBe(true)
    expect(decideNavigation(ACCOUNT, { ...pending, mustChangePassword: true })).toMatchObject({ name: 'change-password' })
  })
})

describe('route guard and permissions', () => {
  it('opens a page whose permission the user has', () => {
    expect(decideNavigation(USERS, ADMIN)).toBe(true)
    expect(decideNavigation(ORGANIZATIONS, VIEWER)).toBe(true)
  })

  it('sends a page the role lacks to the first allowed page', () => {
    expect(decideNavigation(USERS, VIEWER)).toBe('/dashboard')
    expect(decideNavigation(AUDIT, VIEWER)).toBe('/dashboard')
    expect(decideNavigation(ORGANIZATIONS, session(['AUDIT_READ']))).toBe('/audit')
  })

  it('has a page for a user allowed nothing', () => {
    expect(decideNavigation(ORGANIZATIONS, session([]))).toBe('/no-access')
  })

  it('forwards the home page to the first allowed page', () => {
    expect(decideNavigation(HOME, VIEWER)).toBe('/dashboard')
    expect(decideNavigation(HOME, session(['USER_READ']))).toBe('/users')
  })

  it('lets a logged-in user change the password at will', () => {
    expect(decideNavigation(CHANGE_PASSWORD, VIEWER)).toBe(true)
  })

  it('sends a logged-in user away from /login: to the remembered page if safe, else the first allowed', () => {
    expect(decideNavigation(route('/login?redirect=/users', { public: true }, 'login'), ADMIN)).toBe('/users')
    expect(decideNavigation(route('/login?redirect=//evil.example', { public: true }, 'login'), ADMIN)).toBe(
      '/dashboard',
    )
    expect(decideNavigation(LOGIN, ADMIN)).toBe('/dashboard')
  })
})
