import { describe, expect, it } from 'vitest'
import { allowedChildTypes, allowedParentTypes, availableActions, canAddChild, READ_ONLY } from './data'

describe('allowedChildTypes', () => {
  it('offers only city committees at the top level', () => {
    expect(allowedChildTypes(null)).toEqual(['CITY_COMMITTEE'])
  })

  it('offers city and township committees and school groups under a city committee', () => {
    expect(allowedChildTypes('CITY_COMMITTEE')).toEqual(['CITY_COMMITTEE', 'TOWNSHIP_COMMITTEE', 'SCHOOL_GROUP'])
  })

  it('offers village, community and school groups under a township committee', () => {
    expect(allowedChildTypes('TOWNSHIP_COMMITTEE')).toEqual(['VILLAGE_GROUP', 'COMMUNITY_GROUP', 'SCHOOL_GROUP'])
  })

  it('offers nothing under a group', () => {
    expect(allowedChildTypes('VILLAGE_GROUP')).toEqual([])
    expect(allowedChildTypes('COMMUNITY_GROUP')).toEqual([])
    expect(allowedChildTypes('SCHOOL_GROUP')).toEqual([])
  })
})

describe('allowedParentTypes', () => {
  it('is the inverse of the child rule', () => {
    expect(allowedParentTypes('TOWNSHIP_COMMITTEE')).toEqual(['CITY_COMMITTEE'])
    expect(allowedParentTypes('VILLAGE_GROUP')).toEqual(['TOWNSHIP_COMMITTEE'])
    expect(allowedParentTypes('SCHOOL_GROUP')).toEqual(['CITY_COMMITTEE', 'TOWNSHIP_COMMITTEE'])
    expect(allowedParentTypes('CITY_COMMITTEE')).toEqual(['CITY_COMMITTEE'])
  })
})

describe('row actions', () => {
  it('lets an active committee get children but not a group', () => {
    expect(canAddChild({ type: 'TOWNSHIP_COMMITTEE', status: 'ACTIVE' })).toBe(true)
    expect(canAddChild({ type: 'VILLAGE_GROUP', status: 'ACTIVE' })).toBe(false)
    expect(availableActions({ type: 'SCHOOL_GROUP', status: 'ACTIVE' })).toEqual(['edit', 'move', 'dissolve'])
  })

  it('offers nothing for a dissolved organization', () => {
    expect(canAddChild({ type: 'CITY_COMMITTEE', status: 'DISSOLVED' })).toBe(false)
    expect(availableActions({ type: 'CITY_COMMITTEE', status: 'DISSOLVED' })).toEqual([])
  })
})

describe('row actions by access', () => {
  const township = { id: 7, type: 'TOWNSHIP_COMMITTEE', status: 'ACTIVE' } as const

  it('offers nothing to a user who may only read', () => {
    expect(availableActions(township, READ_ONLY)).toEqual([])
  })

  it('keeps an admin from moving or dissolving the organization its own scope starts at', () => {
    const access = { canWrite: true, canCreateRoot: false, scopeRootId: 7 }
    expect(availableActions(township, access)).toEqual(['createChild', 'edit'])
    expect(availableActions({ ...township, id: 8 }, access)).toEqual(['createChild', 'edit', 'move', 'dissolve'])
  })
})
