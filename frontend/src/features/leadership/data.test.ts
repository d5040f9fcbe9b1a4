import { describe, expect, it } from 'vitest'
import type { Appointment } from './api/types'
import {
  emptyFormValues,
  LEADER_ROLES,
  rolesFor,
  sharePercent,
  splitTeam,
  summaryBySeat,
  toAppointmentForm,
  toEndForm,
  trainedTag,
  yearToDate,
} from './data'

const appointment = (over: Partial<Appointment>): Appointment => ({
  id: 1,
  organizationId: 9,
  organizationName: '钟山村关工小组',
  personName: '李建国',
  volunteerId: null,
  role: 'LEADER',
  startedOn: '2016-03-01',
  endedOn: null,
  changeReason: null,
  current: true,
  trained: false,
  lastTrainedOn: null,
  version: 0,
  ...over,
})

describe('the seats an organization has', () => {
  it('gives committees 主任, 常务副主任, 副主任, 秘书长 and members', () => {
    const seats = ['DIRECTOR', 'EXECUTIVE_DEPUTY_DIRECTOR', 'DEPUTY_DIRECTOR', 'SECRETARY_GENERAL', 'MEMBER']
    expect(rolesFor('CITY_COMMITTEE')).toEqual(seats)
    expect(rolesFor('TOWNSHIP_COMMITTEE')).toEqual(seats)
  })

  it('gives groups 组长, 常务副组长, 副组长 and members', () => {
    const seats = ['LEADER', 'EXECUTIVE_DEPUTY_LEADER', 'DEPUTY_LEADER', 'MEMBER']
    expect(rolesFor('VILLAGE_GROUP')).toEqual(seats)
    expect(rolesFor('COMMUNITY_GROUP')).toEqual(seats)
    expect(rolesFor('SCHOOL_GROUP')).toEqual(seats)
  })

  it('offers every seat while the type is unknown', () => {
    expect(rolesFor(undefined)).toEqual(LEADER_ROLES)
    expect(LEADER_ROLES).toHaveLength(8)
  })
})

describe('sharePercent', () => {
  it('turns a share into a whole percentage', () => {
    expect(sharePercent(1)).toBe(100)
    expect(sharePercent(0)).toBe(0)
    expect(sharePercent(0.875)).toBe(88)
    expect(sharePercent(2 / 3)).toBe(67)
  })

  it('keeps within 0–100 and has nothing for no share', () => {
    expect(sharePercent(1.2)).toBe(100)
    expect(sharePercent(-0.1)).toBe(0)
    expect(sharePercent(undefined)).toBeUndefined()
    expect(sharePercent(null)).toBeUndefined()
  })
})

describe('trainedTag', () => {
  it('marks a trained leader with the day of the last training', () => {
    expect(trainedTag({ trained: true, lastTrainedOn: '2026-04-12' })).toEqual({
      type: 'success',
      key: 'leadership.trained',
      day: '2026-04-12',
    })
  })

  it('warns of an untrained one', () => {
    expect(trainedTag({ trained: false, lastTrainedOn: null })).toEqual({ type: 'warning', key: 'leadership.untrained', day: null })
  })
})

describe('splitTeam', () => {
  it('orders the team by seat and the history by the end, latest first', () => {
    const member = appointment({ id: 2, role: 'MEMBER' })
    const leader = appointment({ id: 3, role: 'LEADER' })
    const deputy = appointment({ id: 4, role: 'EXECUTIVE_DEPUTY_LEADER' })
    const old = appointment({ id: 5, current: false, endedOn: '2020-01-01', changeReason: '换届' })
    const older = appointment({ id: 6, current: false, endedOn: '2018-06-30' })
    const { current, history } = splitTeam([older, member, old, deputy, leader])
    expect(current.map((a) => a.id)).toEqual([3, 4, 2])
    expect(history.map((a) => a.id)).toEqual([5, 6])
  })

  it('keeps a seat that starts later, or ends later, in the team', () => {
    const coming = appointment({ id: 7, current: false, startedOn: '2099-01-01' })
    const ending = appointment({ id: 8, current: true, endedOn: '2099-12-31' })
    expect(splitTeam([coming, ending]).current.map((a) => a.id)).toEqual([8, 7])
  })
})

describe('summaryBySeat', () => {
  it('lists the seats with counts in team order', () => {
    const rows = summaryBySeat({
      from: '2026-01-01',
      to: '2026-06-30',
      appointed: 5,
      trained: 4,
      trainedShare: 0.8,
      byRole: [
        { role: 'MEMBER', appointed: 1, ended: 0, trained: 1 },
        { role: 'EXECUTIVE_DEPUTY_LEADER', appointed: 4, ended: 2, trained: 3 },
        { role: 'DIRECTOR', appointed: 0, ended: 0, trained: 0 },
      ],
    })
    expect(rows.map((r) => r.role)).toEqual(['EXECUTIVE_DEPUTY_LEADER', 'MEMBER'])
    expect(summaryBySeat(undefined)).toEqual([])
  })
})

describe('the forms', () => {
  it('sends an appointment with empty optional values as null', () => {
    const values = { ...emptyFormValues('2026-05-01'), personName: ' 王春志 ', role: 'LEADER' as const }
    expect(toAppointmentForm(9, values)).toEqual({
      organizationId: 9,
      personName: '王春志',
      volunteerId: null,
      role: 'LEADER',
      startedOn: '2026-05-01',
      endedOn: null,
      changeReason: null,
    })
  })

  it('ends a seat keeping everything else', () => {
    const a = appointment({ volunteerId: 42 })
    expect(toEndForm(a, '2026-05-02', ' 调离 ')).toEqual({
      organizationId: 9,
      personName: '李建国',
      volunteerId: 42,
      role: 'LEADER',
      startedOn: '2016-03-01',
      endedOn: '2026-05-02',
      changeReason: '调离',
    })
  })

  it('starts the summary on the first of January', () => {
    expect(yearToDate('2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' })
  })
})
