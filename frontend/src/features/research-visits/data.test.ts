import { describe, expect, it } from 'vitest'
import type { ResearchVisit } from './api/types'
import { EMPTY_FILTERS, emptyFormValues, formValuesOf, placesByType, toSearchQuery, toVisitForm } from './data'

describe('the list query', () => {
  it('leaves out empty filters', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
    expect(toSearchQuery({ within: 1, from: '2016-01-01', to: '2016-06-30' }, 3, 20)).toEqual({
      page: 2,
      size: 20,
      within: 1,
      from: '2016-01-01',
      to: '2016-06-30',
    })
  })
})

describe('placesByType', () => {
  it('orders the places as the report does: townships, villages, communities, schools', () => {
    const rows = placesByType({
      from: null,
      to: null,
      trips: 3,
      placesByType: [
        { type: 'SCHOOL_GROUP', places: 2 },
        { type: 'VILLAGE_GROUP', places: 12 },
        { type: 'TOWNSHIP_COMMITTEE', places: 6 },
        { type: 'COMMUNITY_GROUP', places: 3 },
        { type: 'CITY_COMMITTEE', places: 0 },
      ],
    })
    expect(rows).toEqual([
      { type: 'TOWNSHIP_COMMITTEE', places: 6 },
      { type: 'VILLAGE_GROUP', places: 12 },
      { type: 'COMMUNITY_GROUP', places: 3 },
      { type: 'SCHOOL_GROUP', places: 2 },
    ])
    expect(placesByType(undefined)).toEqual([])
  })
})

describe('the form', () => {
  const visit: ResearchVisit = {
    id: 5,
    organizationId: 1,
    organizationName: '五大连池市关工委',
    visitedOn: '2016-04-06',
    ledBy: '市关工委主任',
    places: [
      { id: 14, name: '兴安乡关工委', type: 'TOWNSHIP_COMMITTEE' },
      { id: 15, name: '钟山村关工小组', type: 'VILLAGE_GROUP' },
    ],
    topics: '五好创建',
    findings: null,
    measures: null,
    version: 2,
  }

  it('reads a visit with its places as ids', () => {
    expect(formValuesOf(visit)).toMatchObject({ places: [14, 15], topics: '五好创建', findings: '' })
  })

  it('sends empty texts as null', () => {
    const values = { ...emptyFormValues(1, '2026-05-01'), ledBy: ' 主任 ', places: [14, 15] }
    expect(toVisitForm(values)).toEqual({
      organizationId: 1,
      visitedOn: '2026-05-01',
      ledBy: '主任',
      places: [14, 15],
      topics: null,
      findings: null,
      measures: null,
    })
  })
})
