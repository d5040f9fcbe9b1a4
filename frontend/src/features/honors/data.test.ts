import { describe, expect, it } from 'vitest'
import { toFieldErrors, toProblem } from '@/lib/api/problem'
import type { Honor } from './api/types'
import {
  COVERAGE_FIELDS,
  EMPTY_FILTERS,
  emptyCoverageValues,
  emptyFormValues,
  FORM_FIELDS,
  formValuesOf,
  HONOR_LEVELS,
  levelTagType,
  summaryByLevel,
  toCoverageForm,
  toHonorForm,
  toSearchQuery,
} from './data'

const honor: Honor = {
  id: 3,
  volunteerId: 42,
  volunteerName: '王春志',
  organizationName: '兴安乡关工委',
  level: 'CITY_PARTY_GOVERNMENT',
  title: '优秀五老',
  awardedOn: '2016-02-19',
  issuer: '中共五大连池市委、市政府',
  story: '四年如一日，每天往返数十公里接送留守儿童夏慧志上学。',
  version: 1,
}

describe('HONOR_LEVELS', () => {
  it('lists every level once, highest first', () => {
    expect(HONOR_LEVELS).toEqual([
      'NATIONAL',
      'PROVINCIAL',
      'PREFECTURE',
      'CITY_PARTY_GOVERNMENT',
      'CITY_COMMITTEE',
      'TOWNSHIP',
    ])
  })

  it('has a tag colour for each', () => {
    expect(HONOR_LEVELS.map(levelTagType)).toEqual(['danger', 'danger', 'warning', 'warning', 'primary', 'info'])
  })
})

describe('toSearchQuery', () => {
  it('sends only the first page and its size when nothing is filtered', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
  })

  it('maps the level and the subtree and counts pages from 0', () => {
    expect(toSearchQuery({ level: 'PROVINCIAL', within: 14 }, 2, 20)).toEqual({
      level: 'PROVINCIAL',
      within: 14,
      page: 1,
      size: 20,
    })
  })
})

describe('summaryByLevel', () => {
  it('gives every level, highest first, with 0 where the scope has none', () => {
    const summary = {
      models: 32,
      featuredInMedia: 10,
      byLevel: [
        { level: 'CITY_PARTY_GOVERNMENT' as const, people: 14 },
        { level: 'PROVINCIAL' as const, people: 3 },
        { level: 'PREFECTURE' as const, people: 5 },
        { level: 'CITY_COMMITTEE' as const, people: 10 },
      ],
    }
    expect(summaryByLevel(summary)).toEqual([
      { level: 'NATIONAL', people: 0 },
      { level: 'PROVINCIAL', people: 3 },
      { level: 'PREFECTURE', people: 5 },
      { level: 'CITY_PARTY_GOVERNMENT', people: 14 },
      { level: 'CITY_COMMITTEE', people: 10 },
      { level: 'TOWNSHIP', people: 0 },
    ])
  })

  it('is all zeros before the summary has come', () => {
    expect(summaryByLevel(undefined).every((c) => c.people === 0)).toBe(true)
  })
})

describe('the honour form', () => {
  it('starts with the person given (recording from a detail page) or none', () => {
    expect(emptyFormValues(42).volunteerId).toBe(42)
    expect(emptyFormValues().volunteerId).toBeUndefined()
  })

  it('trims, sends empty issuer and story as null and keeps the line breaks of a story', () => {
    expect(
      toHonorForm({
        volunteerId: 42,
        level: 'TOWNSHIP',
        title: ' 优秀五老 ',
        awardedOn: '2016-06-01',
        issuer: '  ',
        story: '\n第一段。\n第二段。\n',
      }),
    ).toEqual({
      volunteerId: 42,
      level: 'TOWNSHIP',
      title: '优秀五老',
      awardedOn: '2016-06-01',
      issuer: null,
      story: '第一段。\n第二段。',
    })
    expect(toHonorForm(emptyFormValues())).toMatchObject({ title: '', awardedOn: '', issuer: null, story: null })
  })

  it('edits the values of the record and sends them back unchanged', () => {
    const body = toHonorForm(formValuesOf(honor))
    expect(body).toEqual({
      volunteerId: 42,
      level: 'CITY_PARTY_GOVERNMENT',
      title: '优秀五老',
      awardedOn: '2016-02-19',
      issuer: '中共五大连池市委、市政府',
      story: '四年如一日，每天往返数十公里接送留守儿童夏慧志上学。',
    })
    expect(formValuesOf({ ...honor, issuer: null, story: null })).toMatchObject({ issuer: '', story: '' })
  })

  it('shows the server’s field errors on its fields, the fixed person included', () => {
    const problem = toProblem(400, {
      status: 400,
      errors: [
        { field: 'update.body.volunteerId', message: '表彰对象不能更改' },
        { field: 'title', message: '不能为空' },
      ],
    })
    expect(toFieldErrors(problem, FORM_FIELDS).fields).toEqual({ volunteerId: '表彰对象不能更改', title: '不能为空' })
  })
})

describe('the media coverage form', () => {
  it('trims the outlet and the headline', () => {
    expect(
      toCoverageForm({ volunteerId: 42, outlet: ' 五大连池市电视台 ', coveredOn: '2016-05-04', title: ' 五老风采 ' }),
    ).toEqual({ volunteerId: 42, outlet: '五大连池市电视台', coveredOn: '2016-05-04', title: '五老风采' })
  })

  it('starts with the person given, and puts errors on its fields', () => {
    expect(emptyCoverageValues(7)).toEqual({ volunteerId: 7, outlet: '', coveredOn: '', title: '' })
    const problem = toProblem(400, { status: 400, errors: [{ field: 'outlet', message: '不能为空' }] })
    expect(toFieldErrors(problem, COVERAGE_FIELDS).fields).toEqual({ outlet: '不能为空' })
  })
})
