import { describe, expect, it } from 'vitest'
import { activeNavPath, allowedNavItems, NAV_ITEMS } from './nav'

describe('the side menu', () => {
  it('marks the entry a page lies under, the longest one when entries nest', () => {
    expect(activeNavPath(NAV_ITEMS, '/volunteers')).toBe('/volunteers')
    expect(activeNavPath(NAV_ITEMS, '/volunteers/42')).toBe('/volunteers')
    expect(activeNavPath(NAV_ITEMS, '/volunteers/import')).toBe('/volunteers/import')
    expect(activeNavPath(NAV_ITEMS, '/pairs/record')).toBe('/pairs')
    expect(activeNavPath(NAV_ITEMS, '/beneficiaries/7')).toBe('/beneficiaries')
    expect(activeNavPath(NAV_ITEMS, '/account')).toBe('')
    expect(activeNavPath(NAV_ITEMS, '/trainings/7')).toBe('/trainings')
  })

  it('offers the roster import only to those who may register 五老', () => {
    const paths = (permissions: Parameters<typeof allowedNavItems>[0]) => allowedNavItems(permissions).map((i) => i.path)
    expect(paths(new Set(['ORGANIZATION_READ', 'VOLUNTEER_READ']))).not.toContain('/volunteers/import')
    expect(paths(new Set(['ORGANIZATION_READ', 'VOLUNTEER_READ', 'VOLUNTEER_WRITE']))).toEqual([
      '/dashboard',
      '/organizations',
      '/leadership',
      '/trainings',
      '/research-visits',
      '/volunteers',
      '/volunteers/import',
      '/teams',
      '/honors',
    ])
  })

  it('offers the assessments to those who may read them', () => {
    const paths = allowedNavItems(new Set(['ASSESSMENT_READ'])).map((i) => i.path)
    expect(paths).toEqual(['/awards', '/campaigns', '/evaluations', '/assessment-templates', '/party-building'])
  })

  it('offers the mentoring pairs and their beneficiaries to those who may read pairs', () => {
    const paths = (permissions: Parameters<typeof allowedNavItems>[0]) => allowedNavItems(permissions).map((i) => i.path)
    expect(paths(new Set(['ORGANIZATION_READ', 'VOLUNTEER_READ']))).not.toContain('/pairs')
    expect(paths(new Set(['ORGANIZATION_READ', 'VOLUNTEER_READ', 'PAIR_READ']))).toEqual([
      '/dashboard',
      '/organizations',
      '/leadership',
      '/trainings',
      '/research-visits',
      '/volunteers',
      '/teams',
      '/honors',
      '/pairs',
      '/beneficiaries',
    ])
  })
})
