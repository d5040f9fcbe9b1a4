import { describe, expect, it } from 'vitest'
import { isLocked, roleChoices, userActions, userTags } from './data'

const NOW = Date.parse('2026-03-10T08:00:00Z')

describe('roleChoices (create and edit dialogs)', () => {
  it('offers an administrator every role but system administrator', () => {
    expect(roleChoices(['ORG_ADMIN'])).toEqual(['ORG_ADMIN', 'GROUP_LEADER', 'INTEGRATION', 'VIEWER'])
  })

  it('offers a system administrator everything', () => {
    expect(roleChoices(['SYSTEM_ADMIN'])).toEqual(['SYSTEM_ADMIN', 'ORG_ADMIN', 'GROUP_LEADER', 'INTEGRATION', 'VIEWER'])
  })

  it('ranks group leader and integration client alike, above read only', () => {
    expect(roleChoices(['GROUP_LEADER'])).toEqual(['GROUP_LEADER', 'INTEGRATION', 'VIEWER'])
    expect(roleChoices(['INTEGRATION'])).toEqual(['GROUP_LEADER', 'INTEGRATION', 'VIEWER'])
    expect(roleChoices(['VIEWER'])).toEqual(['VIEWER'])
  })

  it('goes by the highest of several roles', () => {
    expect(roleChoices(['VIEWER', 'ORG_ADMIN'])).toEqual(['ORG_ADMIN', 'GROUP_LEADER', 'INTEGRATION', 'VIEWER'])
  })

  it('offers nothing without a role', () => {
    expect(roleChoices([])).toEqual([])
  })
})

describe('user state', () => {
  it('is locked only until lockedUntil', () => {
    expect(isLocked({ lockedUntil: '2026-03-10T08:15:00Z' }, NOW)).toBe(true)
    expect(isLocked({ lockedUntil: '2026-03-10T07:59:59Z' }, NOW)).toBe(false)
    expect(isLocked({ lockedUntil: null }, NOW)).toBe(false)
  })

  it('tags a disabled, locked account that must change its password', () => {
    const user = { enabled: false, lockedUntil: '2026-03-10T09:00:00+08:00', mustChangePassword: true }
    expect(userTags({ ...user, lockedUntil: '2026-03-10T17:00:00+08:00' }, NOW)).toEqual([
      'disabled',
      'locked',
      'mustChangePassword',
    ])
    expect(userTags({ enabled: true, lockedUntil: null, mustChangePassword: false }, NOW)).toEqual([])
  })
})

describe('userActions', () => {
  const admin = { canWrite: true, ownRoles: ['ORG_ADMIN'] as const }

  it('lets an administrator edit and reset, and unlock a locked account', () => {
    expect(userActions({ roles: ['VIEWER'], lockedUntil: null }, admin, NOW)).toEqual(['edit', 'resetPassword'])
    expect(userActions({ roles: ['VIEWER'], lockedUntil: '2026-03-10T08:10:00Z' }, admin, NOW)).toEqual([
      'edit',
      'resetPassword',
      'unlock',
    ])
  })

  it('offers nothing on an account that outranks the administrator, or without USER_WRITE', () => {
    expect(userActions({ roles: ['SYSTEM_ADMIN'], lockedUntil: null }, admin, NOW)).toEqual([])
    expect(userActions({ roles: ['VIEWER'], lockedUntil: null }, { canWrite: false, ownRoles: ['ORG_ADMIN'] }, NOW)).toEqual([])
  })
})
