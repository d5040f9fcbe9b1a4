import { describe, expect, it } from 'vitest'
import { ACCESS_LEVELS, isRevoked } from './data'

describe('API key data', () => {
  it('offers read only first', () => {
    expect(ACCESS_LEVELS[0]).toBe('READ_ONLY')
  })

  it('is revoked once it has a revocation time', () => {
    expect(isRevoked({ revokedAt: null })).toBe(false)
    expect(isRevoked({ revokedAt: '2026-03-10T09:00:00+08:00' })).toBe(true)
  })
})
