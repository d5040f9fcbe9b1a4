import { describe, expect, it } from 'vitest'
import type { Leader } from './api/types'
import { attendanceRows, EMPTY_FILTERS, emptyFormValues, othersAttending, toSearchQuery, toTrainingForm, TRAINING_FORMATS } from './data'

const leader = (id: number, personName: string, organizationName = '钟山村关工小组'): Leader => ({
  id,
  organizationId: 9,
  organizationName,
  personName,
  volunteerId: null,
  role: 'EXECUTIVE_DEPUTY_LEADER',
  startedOn: '2026-03-01',
  endedOn: null,
  changeReason: null,
  current: true,
  trained: false,
  lastTrainedOn: null,
  version: 0,
})

describe('the list query', () => {
  it('leaves out empty filters and counts pages from 0', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
    expect(toSearchQuery({ within: 3, from: '2026-01-01', to: null }, 2, 20)).toEqual({
      page: 1,
      size: 20,
      within: 3,
      from: '2026-01-01',
    })
  })
})

describe('the form', () => {
  it('starts as a class held today by the user’s organization', () => {
    expect(emptyFormValues(3, '2026-05-01')).toEqual({ organizationId: 3, heldOn: '2026-05-01', title: '', format: 'CLASS' })
    expect(TRAINING_FORMATS).toEqual(['CLASS', 'MEETING_AS_TRAINING', 'ONLINE'])
  })

  it('trims the title', () => {
    expect(toTrainingForm({ organizationId: 3, heldOn: '2026-05-01', title: ' 新任班子培训 ', format: 'ONLINE' })).toEqual({
      organizationId: 3,
      heldOn: '2026-05-01',
      title: '新任班子培训',
      format: 'ONLINE',
    })
  })
})

describe('the attendance sheet', () => {
  const a = leader(1, '王春志')
  const b = leader(2, '李建国', '兴安乡关工委')
  const c = leader(3, '赵明')

  it('marks attendees done and taps on their way saving', () => {
    const rows = attendanceRows([a, b, c], new Set([2]), new Set([3]))
    expect(rows.map((r) => [r.leader.id, r.state])).toEqual([
      [1, 'todo'],
      [2, 'done'],
      [3, 'saving'],
    ])
  })

  it('finds leaders by name or organization', () => {
    expect(attendanceRows([a, b, c], new Set(), new Set(), '春').map((r) => r.leader.id)).toEqual([1])
    expect(attendanceRows([a, b, c], new Set(), new Set(), ' 兴安乡 ').map((r) => r.leader.id)).toEqual([2])
  })

  it('lists the other attendees once', () => {
    expect(othersAttending([a, b], [a, c]).map((l) => l.id)).toEqual([2])
  })
})
