import { describe, expect, it } from 'vitest'
import { toProblem } from '@/lib/api/problem'
import { readQuery, writeQuery } from '@/lib/ui/query-filters'
import {
  classifySaveProblem,
  currentThresholds,
  EMPTY_FILTERS,
  existingVolunteerId,
  HONOR_LEVELS,
  QUERY_PARAMS,
  teamIdOf,
  TEAM_TYPES,
  toSearchQuery,
  toVolunteerForm,
  emptyFormValues,
} from './data'

describe('the filters in the address', () => {
  it('are read as the dashboard’s 农村五老 links them, the API’s names, bad values ignored', () => {
    expect(readQuery({ within: '13', residence: 'RURAL', minAge: '200', honored: 'maybe' }, EMPTY_FILTERS, QUERY_PARAMS)).toEqual({
      ...EMPTY_FILTERS,
      within: 13,
      residence: 'RURAL',
    })
  })

  it('are written back without the empty ones, a team kept', () => {
    expect(writeQuery({ teamId: '3' }, { ...EMPTY_FILTERS, q: ' 李 ', honored: false, minAge: 60 }, EMPTY_FILTERS, QUERY_PARAMS)).toEqual({
      teamId: '3',
      q: '李',
      honored: 'false',
      minAge: '60',
    })
  })
})

describe('toSearchQuery', () => {
  it('sends only the first page, its size and the sort when nothing is filtered', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20, sort: 'name,asc' })
  })

  it('maps every filter and counts pages from 0', () => {
    expect(
      toSearchQuery(
        {
          q: '  zyx ',
          category: 'VETERAN_TEACHER',
          status: 'MOVED_TO_TOWN',
          residence: 'RURAL',
          minAge: 50,
          maxAge: 70,
          within: 108,
          teamType: 'CARE',
          honorLevel: 'PROVINCIAL',
          honored: true,
        },
        3,
        20,
        7,
      ),
    ).toEqual({
      q: 'zyx',
      category: 'VETERAN_TEACHER',
      status: 'MOVED_TO_TOWN',
      residence: 'RURAL',
      minAge: 50,
      maxAge: 70,
      within: 108,
      teamType: 'CARE',
      honorLevel: 'PROVINCIAL',
      honored: true,
      teamId: 7,
      page: 2,
      size: 20,
      sort: 'name,asc',
    })
  })

  it('swaps an age range given backwards and leaves out an empty bound', () => {
    expect(toSearchQuery({ ...EMPTY_FILTERS, minAge: 80, maxAge: 60 }, 1, 20)).toMatchObject({ minAge: 60, maxAge: 80 })
    const query = toSearchQuery({ ...EMPTY_FILTERS, minAge: 0, maxAge: null as unknown as undefined }, 1, 20)
    expect(query.minAge).toBe(0)
    expect('maxAge' in query).toBe(false)
  })
})

describe('the team and honour filters', () => {
  it('sends “not honoured” as false, and leaves an unset or cleared choice out', () => {
    expect(toSearchQuery({ ...EMPTY_FILTERS, honored: false }, 1, 20)).toMatchObject({ honored: false })
    const cleared = toSearchQuery({ ...EMPTY_FILTERS, honored: '' as unknown as undefined, teamType: undefined }, 1, 20)
    expect('honored' in cleared).toBe(false)
    expect('teamType' in cleared).toBe(false)
    expect('teamId' in cleared).toBe(false)
  })

  it('offers every team type and honour level', () => {
    expect(TEAM_TYPES).toEqual(['CARE', 'LECTURE', 'ART', 'OTHER'])
    expect(HONOR_LEVELS).toEqual(['NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'CITY_PARTY_GOVERNMENT', 'CITY_COMMITTEE', 'TOWNSHIP'])
  })

  it('reads the team from the route query, ignoring anything that is not an id', () => {
    expect(teamIdOf('12')).toBe(12)
    expect(teamIdOf(['34', '56'])).toBe(34)
    expect(teamIdOf(undefined)).toBeUndefined()
    expect(teamIdOf('')).toBeUndefined()
    expect(teamIdOf('0')).toBeUndefined()
    expect(teamIdOf('12abc')).toBeUndefined()
    expect(teamIdOf('-3')).toBeUndefined()
    expect(teamIdOf('99999999999999999999')).toBeUndefined()
  })
})

describe('classifySaveProblem', () => {
  it('puts validation errors on the fields, dotted paths included', () => {
    const problem = toProblem(400, {
      status: 400,
      type: 'urn:xinhuo:problem:validation',
      errors: [
        { field: 'idCardNumber', message: '身份证号校验码不正确' },
        { field: 'create.form.birthDate', message: '未达到登记年龄' },
        { field: 'unknownThing', message: 'x' },
      ],
    })
    expect(classifySaveProblem(problem)).toEqual({
      kind: 'fields',
      fields: { idCardNumber: '身份证号校验码不正确', birthDate: '未达到登记年龄' },
      others: ['unknownThing: x'],
    })
  })

  it('shows a registered ID card number on its field with the link to the existing record', () => {
    const problem = toProblem(409, {
      status: 409,
      type: 'urn:xinhuo:problem:conflict',
      title: '数据冲突',
      detail: '该身份证号已登记',
      existing: '/api/v1/volunteers/42',
      errors: [{ field: 'idCardNumber', message: '该身份证号已登记' }],
    })
    expect(classifySaveProblem(problem)).toEqual({
      kind: 'fields',
      fields: { idCardNumber: '该身份证号已登记' },
      others: [],
      existingId: 42,
    })
  })

  it('still names the ID card field when the conflict carries no field errors', () => {
    const problem = toProblem(409, {
      status: 409,
      type: 'urn:xinhuo:problem:conflict',
      detail: '该身份证号已登记',
      existing: '/api/v1/volunteers/7',
    })
    expect(classifySaveProblem(problem)).toMatchObject({ fields: { idCardNumber: '该身份证号已登记' }, existingId: 7 })
  })

  it('asks for a confirmation on a possible duplicate', () => {
    const problem = toProblem(409, {
      status: 409,
      type: 'urn:xinhuo:problem:possible-duplicate',
      title: '可能重复',
      detail: '本乡镇已有同名同出生日期的五老',
      existing: '/api/v1/volunteers/9',
    })
    expect(classifySaveProblem(problem)).toEqual({
      kind: 'possibleDuplicate',
      message: '本乡镇已有同名同出生日期的五老',
      existingId: 9,
    })
  })

  it('leaves other problems to the common handling', () => {
    expect(classifySaveProblem(toProblem(412, { status: 412 }))).toEqual({ kind: 'other' })
    expect(classifySaveProblem(toProblem(409, { status: 409, type: 'urn:xinhuo:problem:other' }))).toEqual({
      kind: 'other',
    })
  })
})

describe('existingVolunteerId', () => {
  it('reads the id at the end of the path', () => {
    expect(existingVolunteerId('/api/v1/volunteers/42')).toBe(42)
    expect(existingVolunteerId('/api/v1/organizations/42')).toBeUndefined()
    expect(existingVolunteerId(undefined)).toBeUndefined()
  })
})

describe('toVolunteerForm', () => {
  it('sends empty optional text as null, trims and upper-cases the ID check character', () => {
    const values = {
      ...emptyFormValues(),
      organizationId: 108,
      name: ' 冯林 ',
      gender: 'MALE' as const,
      birthDate: '1952-03-01',
      residence: 'RURAL' as const,
      categories: ['VETERAN_EXPERT' as const],
      idCardNumber: '99999919520301001x',
    }
    expect(toVolunteerForm(values, true)).toEqual({
      organizationId: 108,
      name: '冯林',
      gender: 'MALE',
      birthDate: '1952-03-01',
      ethnicity: null,
      idCardNumber: '99999919520301001X',
      mobile: '',
      residence: 'RURAL',
      categories: ['VETERAN_EXPERT'],
      formerOccupation: null,
      specialties: null,
      politicalStatus: null,
      health: null,
      joinedOn: null,
      eligibilityOverrideReason: null,
      confirmPossibleDuplicate: true,
    })
  })
})

describe('toVolunteerForm with numbers the user cannot see', () => {
  it('keeps a hidden number left empty (null) and clears a visible one left empty (empty string)', () => {
    const values = { ...emptyFormValues(), idCardNumber: '', mobile: '' }
    const hidden = { idCardNumber: '231182********1234', mobile: '138****0000' }
    expect(toVolunteerForm(values, false, hidden)).toMatchObject({ idCardNumber: null, mobile: null })
    expect(toVolunteerForm(values, false, null)).toMatchObject({ idCardNumber: '', mobile: '' })
    expect(toVolunteerForm({ ...values, mobile: '13900000000' }, false, hidden)).toMatchObject({ mobile: '13900000000' })
  })
})

describe('currentThresholds', () => {
  it('takes the latest rule in force per residence and gender', () => {
    const rules = [
      { id: 1, residence: 'RURAL' as const, gender: 'MALE' as const, minAge: 60, effectiveFrom: '2000-01-01' },
      { id: 2, residence: 'RURAL' as const, gender: 'MALE' as const, minAge: 50, effectiveFrom: '2015-01-01' },
      { id: 3, residence: 'RURAL' as const, gender: 'FEMALE' as const, minAge: 45, effectiveFrom: '2015-01-01' },
      { id: 4, residence: 'URBAN' as const, gender: 'MALE' as const, minAge: 65, effectiveFrom: '2099-01-01' },
      { id: 5, residence: 'URBAN' as const, gender: 'MALE' as const, minAge: 60, effectiveFrom: '2000-01-01' },
    ]
    expect(currentThresholds(rules, '2026-11-26')).toEqual({ 'RURAL-MALE': 50, 'RURAL-FEMALE': 45, 'URBAN-MALE': 60 })
  })
})
