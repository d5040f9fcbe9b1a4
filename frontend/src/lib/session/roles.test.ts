import { describe, expect, it } from 'vitest'
import { grantableRoles, highestRank } from './roles'

describe('role ranks', () => {
  it('ranks system administrator 4 > administrator 3 > group leader = integration 2 > read only 1', () => {
    expect(highestRank(['SYSTEM_ADMIN'])).toBe(4)
    expect(highestRank(['ORG_ADMIN'])).toBe(3)
    expect(highestRank(['GROUP_LEADER'])).toBe(2)
    expect(highestRank(['INTEGRATION'])).toBe(2)
    expect(highestRank(['VIEWER'])).toBe(1)
    expect(highestRank([])).toBe(0)
  })

  it('never grants a role above the own highest one', () => {
    expect(grantableRoles(['ORG_ADMIN', 'VIEWER'])).not.toContain('SYSTEM_ADMIN')
    expect(grantableRoles(['ORG_ADMIN'])).toContain('ORG_ADMIN')
    expect(grantableRoles(['VIEWER'])).toEqual(['VIEWER'])
  })
})
