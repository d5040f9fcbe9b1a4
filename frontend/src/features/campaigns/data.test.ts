import { describe, expect, it } from 'vitest'
import type { Campaign, ProgressRow } from './api/types'
import {
  defaultPlanYear,
  emptyPlanValues,
  endYearOptions,
  EMPTY_ENROLMENT_FILTERS,
  mergePlans,
  planErrors,
  planYears,
  progressSeries,
  recordEnrolmentValues,
  targetsByType,
  toCampaignForm,
  toEnrolmentChange,
  toEnrolmentForm,
  toEnrolmentQuery,
} from './data'

const plan = (id: number, startYear: number, over: Partial<Campaign> = {}): Campaign => ({
  id,
  organizationId: 1,
  organizationName: '五大连池市关工委',
  name: `规划 ${id}`,
  startYear,
  endYear: startYear + 2,
  targets: [],
  version: 0,
  ...over,
})

const row = (year: number | null, organizationType: ProgressRow['organizationType'], target: number, planned: number, enrolled: number, awarded: number): ProgressRow => ({
  year,
  organizationType,
  target,
  planned,
  enrolled,
  awarded,
  targetReached: target ? (enrolled / target) * 100 : null,
})

describe('a plan’s years', () => {
  it('runs from the first to the last year', () => {
    expect(planYears({ startYear: 2014, endYear: 2016 })).toEqual([2014, 2015, 2016])
  })

  it('plans a new enrolment for this year while the plan runs, else its nearest year', () => {
    const p = { startYear: 2014, endYear: 2016 }
    expect(defaultPlanYear(p, 2015)).toBe(2015)
    expect(defaultPlanYear(p, 2026)).toBe(2016)
    expect(defaultPlanYear(p, 2010)).toBe(2014)
  })

  it('ends at most four years after it starts', () => {
    expect(endYearOptions(2017)).toEqual([2017, 2018, 2019, 2020, 2021])
    expect(endYearOptions(undefined)).toEqual([])
  })
})

describe('the plan list', () => {
  it('shows each plan once, newest first, the user’s own editable and those from above read only', () => {
    const city1 = plan(1, 2011)
    const city2 = plan(2, 2014)
    const township = plan(3, 2017, { organizationId: 5 })
    const merged = mergePlans([township], [city1, city2, township])
    expect(merged.map((e) => [e.campaign.id, e.own])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ])
  })

  it('sums the targets per type, in the report’s order', () => {
    const p = plan(2, 2014, {
      targets: [
        { year: 2014, organizationType: 'VILLAGE_GROUP', target: 15 },
        { year: 2014, organizationType: 'TOWNSHIP_COMMITTEE', target: 13 },
        { year: 2015, organizationType: 'VILLAGE_GROUP', target: 12 },
      ],
    })
    expect(targetsByType(p)).toEqual([
      { organizationType: 'TOWNSHIP_COMMITTEE', target: 13 },
      { organizationType: 'VILLAGE_GROUP', target: 27 },
    ])
  })
})

describe('the progress chart', () => {
  it('has a category per year and type, by year then type, and a series per measure', () => {
    const rows = [row(2016, 'VILLAGE_GROUP', 8, 8, 0, 0), row(2014, 'VILLAGE_GROUP', 15, 0, 15, 12), row(2014, 'TOWNSHIP_COMMITTEE', 0, 0, 1, 1)]
    const { categories, series } = progressSeries(rows, (t) => (t === 'VILLAGE_GROUP' ? '行政村' : '乡镇'))
    expect(categories).toEqual(['2014 乡镇', '2014 行政村', '2016 行政村'])
    expect(series).toEqual([
      { measure: 'target', values: [0, 15, 8] },
      { measure: 'planned', values: [0, 0, 8] },
      { measure: 'enrolled', values: [1, 15, 0] },
      { measure: 'awarded', values: [1, 12, 0] },
    ])
  })

  it('names a total row by its type only', () => {
    expect(progressSeries([row(null, 'VILLAGE_GROUP', 35, 8, 27, 20)], () => '行政村').categories).toEqual(['行政村'])
  })
})

describe('the plan editor', () => {
  it('starts a three-year plan of the user’s organization this year', () => {
    expect(emptyPlanValues(1, 2026)).toEqual({
      organizationId: 1,
      name: '',
      startYear: 2026,
      endYear: 2028,
      targets: [{ year: 2026, organizationType: 'VILLAGE_GROUP', target: undefined }],
    })
  })

  it('sends the name trimmed and the targets as they are', () => {
    const values = emptyPlanValues(1, 2017)
    values.name = '  第三个三年规划 '
    values.targets[0]!.target = 10
    expect(toCampaignForm(values)).toEqual({
      organizationId: 1,
      name: '第三个三年规划',
      startYear: 2017,
      endYear: 2019,
      targets: [{ year: 2017, organizationType: 'VILLAGE_GROUP', target: 10 }],
    })
  })

  it('puts a target’s server error at its row and field, the others at the form’s fields', () => {
    const errors = planErrors([
      { field: 'targets[1].year', message: '不在规划年度内' },
      { field: 'create.form.targets[0].target', message: '不能小于 0' },
      { field: 'endYear', message: '规划最长五年' },
      { field: 'create.form.name', message: '不能为空' },
      { field: 'somethingElse', message: '?' },
    ])
    expect(errors.targets).toEqual({ 1: { year: '不在规划年度内' }, 0: { target: '不能小于 0' } })
    expect(errors.fields).toEqual({ endYear: '规划最长五年', name: '不能为空' })
    expect(errors.others).toEqual([{ field: 'somethingElse', message: '?' }])
  })
})

describe('enrolments', () => {
  it('leaves empty filters out of the query; pages count from 0 there', () => {
    expect(toEnrolmentQuery(EMPTY_ENROLMENT_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
    expect(toEnrolmentQuery({ within: 4, year: 2016, status: 'PLANNED', organizationType: 'VILLAGE_GROUP' }, 3, 20)).toEqual({
      page: 2,
      size: 20,
      within: 4,
      year: 2016,
      status: 'PLANNED',
      organizationType: 'VILLAGE_GROUP',
    })
  })

  it('sends the day it enrolled only with ENROLLED', () => {
    const values = { organizationId: 7, planYear: 2016, status: 'PLANNED' as const, enrolledOn: '2016-03-01', note: ' ' }
    expect(toEnrolmentForm(values)).toEqual({ organizationId: 7, planYear: 2016, status: 'PLANNED', enrolledOn: null, note: null })
    expect(toEnrolmentForm({ ...values, status: 'ENROLLED', note: '乡镇推荐' })).toMatchObject({ enrolledOn: '2016-03-01', note: '乡镇推荐' })
  })

  it('records a planned organization as enrolled today, its year and note kept', () => {
    const values = recordEnrolmentValues({ planYear: 2016, note: '第一批', enrolledOn: null }, '2016-05-04')
    expect(values).toEqual({ planYear: 2016, status: 'ENROLLED', enrolledOn: '2016-05-04', note: '第一批' })
    expect(toEnrolmentChange(values)).toEqual({ planYear: 2016, status: 'ENROLLED', enrolledOn: '2016-05-04', note: '第一批' })
    expect(toEnrolmentChange({ ...values, status: 'PLANNED', planYear: 2015 })).toEqual({ planYear: 2015, status: 'PLANNED', enrolledOn: null, note: '第一批' })
  })
})
