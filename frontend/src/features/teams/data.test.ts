import { describe, expect, it } from 'vitest'
import { toFieldErrors, toProblem } from '@/lib/api/problem'
import type { Team, TeamMember } from './api/types'
import {
  EMPTY_FILTERS,
  emptyFormValues,
  FORM_FIELDS,
  formValuesOf,
  isBeforeJoining,
  MEMBER_FIELDS,
  splitMembers,
  summaryByType,
  TEAM_TYPES,
  toSearchQuery,
  toTeamForm,
} from './data'

const team: Team = {
  id: 7,
  organizationId: 14,
  organizationName: '兴安乡关工委',
  type: 'CARE',
  name: '兴安乡五老关爱团',
  leaderId: 42,
  leaderName: '冯林',
  establishedOn: '2012-03-01',
  memberCount: 4,
  version: 3,
}

const member = (id: number, joinedOn: string, leftOn: string | null = null): TeamMember => ({
  id,
  volunteerId: 100 + id,
  volunteerName: `成员${id}`,
  joinedOn,
  leftOn,
})

describe('TEAM_TYPES', () => {
  it('lists every type once, in the order of the report', () => {
    expect(TEAM_TYPES).toEqual(['CARE', 'LECTURE', 'ART', 'OTHER'])
  })
})

describe('toSearchQuery', () => {
  it('sends only the first page and its size when nothing is filtered', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
  })

  it('maps the type and the subtree and counts pages from 0', () => {
    expect(toSearchQuery({ type: 'LECTURE', within: 14 }, 3, 20)).toEqual({ type: 'LECTURE', within: 14, page: 2, size: 20 })
  })

  it('never asks for a page before the first', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 0, 20).page).toBe(0)
  })
})

describe('summaryByType', () => {
  it('gives every type in order, with 0 for a type the scope lacks', () => {
    const summary = {
      teams: 165,
      members: 771,
      byType: [
        { type: 'LECTURE' as const, teams: 22, members: 223 },
        { type: 'CARE' as const, teams: 143, members: 516 },
        { type: 'OTHER' as const, teams: 0, members: 32 },
      ],
    }
    expect(summaryByType(summary)).toEqual([
      { type: 'CARE', teams: 143, members: 516 },
      { type: 'LECTURE', teams: 22, members: 223 },
      { type: 'ART', teams: 0, members: 0 },
      { type: 'OTHER', teams: 0, members: 32 },
    ])
  })

  it('is all zeros before the summary has come', () => {
    expect(summaryByType(undefined).every((c) => c.teams === 0 && c.members === 0)).toBe(true)
  })
})

describe('the team form', () => {
  it('sends the trimmed name, and an empty leader and founding date as null', () => {
    expect(toTeamForm({ ...emptyFormValues(), organizationId: 14, type: 'ART', name: '  兴安乡五老艺术团 ' })).toEqual({
      organizationId: 14,
      type: 'ART',
      name: '兴安乡五老艺术团',
      leaderId: null,
      establishedOn: null,
    })
  })

  it('edits the values of the record and sends them back unchanged', () => {
    const values = formValuesOf(team)
    expect(values).toEqual({
      organizationId: 14,
      type: 'CARE',
      name: '兴安乡五老关爱团',
      leaderId: 42,
      establishedOn: '2012-03-01',
    })
    expect(toTeamForm(values)).toEqual({
      organizationId: 14,
      type: 'CARE',
      name: '兴安乡五老关爱团',
      leaderId: 42,
      establishedOn: '2012-03-01',
    })
  })

  it('a record without leader or founding date shows empty fields', () => {
    expect(formValuesOf({ ...team, leaderId: null, leaderName: null, establishedOn: null })).toMatchObject({
      leaderId: undefined,
      establishedOn: '',
    })
  })

  it('shows the server’s field errors on its fields, a leader outside the subtree included', () => {
    const problem = toProblem(400, {
      status: 400,
      errors: [
        { field: 'create.body.name', message: '不能为空' },
        { field: 'leaderId', message: '该五老不在本组织及其下级组织中' },
      ],
    })
    expect(toFieldErrors(problem, FORM_FIELDS).fields).toEqual({
      name: '不能为空',
      leaderId: '该五老不在本组织及其下级组织中',
    })
  })

  it('shows “already a member” (409) on the person field of the add-member form', () => {
    const problem = toProblem(409, {
      status: 409,
      type: 'urn:xinhuo:problem:conflict',
      errors: [{ field: 'volunteerId', message: '已是本团队成员' }],
    })
    expect(toFieldErrors(problem, MEMBER_FIELDS)).toEqual({ fields: { volunteerId: '已是本团队成员' }, others: [] })
  })
})

describe('splitMembers', () => {
  it('puts current members first by joining date, then those who left, latest first', () => {
    const { current, former } = splitMembers([
      member(1, '2015-01-01', '2016-03-01'),
      member(2, '2014-05-01'),
      member(3, '2012-01-01'),
      member(4, '2013-01-01', '2016-06-30'),
    ])
    expect(current.map((m) => m.id)).toEqual([3, 2])
    expect(former.map((m) => m.id)).toEqual([4, 1])
  })
})

describe('isBeforeJoining', () => {
  it('refuses a leaving date before the joining date and allows the same day', () => {
    const m = member(1, '2016-03-01')
    expect(isBeforeJoining('2016-02-29', m)).toBe(true)
    expect(isBeforeJoining('2016-03-01', m)).toBe(false)
    expect(isBeforeJoining('2016-07-01', m)).toBe(false)
  })
})
