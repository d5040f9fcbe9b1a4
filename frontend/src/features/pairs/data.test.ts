import { describe, expect, it, vi } from 'vitest'
import { emptyBeneficiaryValues } from '@/lib/beneficiaries/beneficiary-form'
import {
  daysBetween,
  daysSilent,
  EntryKey,
  entryFingerprint,
  initialPair,
  lastKindStorageKey,
  lifecycleSteps,
  newIdempotencyKey,
  pairIdOf,
  parseDecimal,
  readLastKind,
  rememberLastKind,
  tierOf,
  tierStars,
  toActivityForm,
  toPairForm,
  toSearchQuery,
  toTransition,
  topByHours,
  emptyPairValues,
  EMPTY_FILTERS,
} from './data'

describe('service-hour tiers', () => {
  it('gives one to five stars from 100, 300, 600, 1000 and 1500 hours', () => {
    expect(tierOf(0)).toBe(0)
    expect(tierOf(99.75)).toBe(0)
    expect(tierOf(100)).toBe(1)
    expect(tierOf(299)).toBe(1)
    expect(tierOf(300)).toBe(2)
    expect(tierOf(600)).toBe(3)
    expect(tierOf(1000)).toBe(4)
    expect(tierOf(1499.5)).toBe(4)
    expect(tierOf(1500)).toBe(5)
    expect(tierOf(9000)).toBe(5)
  })

  it('draws a star per tier, none below the first', () => {
    expect(tierStars(0)).toBe('')
    expect(tierStars(undefined)).toBe('')
    expect(tierStars(3)).toBe('★★★')
    expect(tierStars(9)).toBe('★★★★★')
  })

  it('charts the ten with the most hours', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ id: i, name: `p${i}`, hours: i * 10 }))
    const top = topByHours(rows)
    expect(top).toHaveLength(10)
    expect(top[0]?.name).toBe('p11')
    expect(top.at(-1)?.name).toBe('p2')
  })
})

describe('days without activity', () => {
  it('counts calendar days, across a month and a leap day', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0)
  })

  it('counts from the last activity, or from the start when there is none', () => {
    expect(daysSilent({ lastActivityOn: '2026-02-08', startedOn: '2025-01-01' }, '2026-03-10')).toBe(30)
    expect(daysSilent({ lastActivityOn: null, startedOn: '2026-03-01' }, '2026-03-10')).toBe(9)
    expect(daysSilent({ lastActivityOn: '2026-03-11', startedOn: '2026-03-01' }, '2026-03-10')).toBe(0)
  })
})

describe('the last activity kind', () => {
  it('is remembered per user', () => {
    rememberLastKind(localStorage, 7, 'SPRING_SOWING')
    rememberLastKind(localStorage, 8, 'HOME_VISIT')
    expect(readLastKind(localStorage, 7)).toBe('SPRING_SOWING')
    expect(readLastKind(localStorage, 8)).toBe('HOME_VISIT')
    expect(readLastKind(localStorage, 9)).toBeUndefined()
    localStorage.clear()
  })

  it('ignores what is not a kind, and works without storage or user', () => {
    localStorage.setItem(lastKindStorageKey(7), 'DANCING')
    expect(readLastKind(localStorage, 7)).toBeUndefined()
    expect(readLastKind(undefined, 7)).toBeUndefined()
    expect(readLastKind(localStorage, undefined)).toBeUndefined()
    expect(() => rememberLastKind(undefined, 7, 'OTHER')).not.toThrow()
    localStorage.clear()
  })

  it('survives a storage that refuses access', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
    } as unknown as Storage
    expect(readLastKind(broken, 7)).toBeUndefined()
    expect(() => rememberLastKind(broken, 7, 'OTHER')).not.toThrow()
  })
})

describe('the Idempotency-Key of an entry', () => {
  const counter = () => {
    let n = 0
    return vi.fn(() => `key-${++n}`)
  }

  it('is made when the form opens and resent with a retry of the same entry', () => {
    const key = new EntryKey(counter())
    expect(key.current).toBe('key-1')
    expect(key.forAttempt('a')).toBe('key-1')
    // no answer: the same entry goes again with the same key
    expect(key.forAttempt('a')).toBe('key-1')
  })

  it('is new after a success', () => {
    const key = new EntryKey(counter())
    key.forAttempt('a')
    key.succeeded()
    expect(key.forAttempt('a')).toBe('key-2')
  })

  it('is new when a changed entry follows an attempt without an answer (the server would refuse the key)', () => {
    const key = new EntryKey(counter())
    key.forAttempt('a')
    expect(key.forAttempt('b')).toBe('key-2')
    expect(key.forAttempt('b')).toBe('key-2')
  })

  it('stays after a refusal, which recorded nothing', () => {
    const key = new EntryKey(counter())
    key.forAttempt('a')
    key.refused()
    expect(key.forAttempt('b')).toBe('key-1')
  })

  it('is a version 4 UUID, also where crypto.randomUUID is missing (plain http)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(newIdempotencyKey()).toMatch(uuid)
    expect(newIdempotencyKey({ getRandomValues: (a) => crypto.getRandomValues(a) })).toMatch(uuid)
  })

  it('identifies an entry by its pair and body', () => {
    const body = toActivityForm({ pairId: 1, kind: 'HOME_VISIT', occurredOn: '2026-03-10', hours: '2', distanceKm: '', notes: '' })
    expect(entryFingerprint(1, body)).toBe(entryFingerprint(1, { ...body }))
    expect(entryFingerprint(1, body)).not.toBe(entryFingerprint(2, body))
  })
})

describe('the quick record', () => {
  it('reads decimals as typed on a phone', () => {
    expect(parseDecimal(' 2.5 ')).toBe(2.5)
    expect(parseDecimal('1,5')).toBe(1.5)
    expect(parseDecimal('')).toBeUndefined()
    expect(parseDecimal('abc')).toBeUndefined()
  })

  it('sends the hours as a number, an empty distance and notes as null', () => {
    expect(
      toActivityForm({ pairId: 3, kind: 'SCHOOL_TRANSPORT', occurredOn: '2026-03-10', hours: '1.5', distanceKm: '', notes: '  ' }),
    ).toEqual({ occurredOn: '2026-03-10', kind: 'SCHOOL_TRANSPORT', hours: 1.5, distanceKm: null, notes: null })
    expect(
      toActivityForm({ pairId: 3, kind: 'SCHOOL_TRANSPORT', occurredOn: '2026-03-10', hours: '', distanceKm: '36', notes: '送上学' }),
    ).toMatchObject({ hours: 0, distanceKm: 36, notes: '送上学' })
  })

  it('starts with the pair asked for, or the only one', () => {
    expect(initialPair([{ id: 4 }], undefined)).toBe(4)
    expect(initialPair([{ id: 4 }, { id: 5 }], undefined)).toBeUndefined()
    expect(initialPair([{ id: 4 }, { id: 5 }], 5)).toBe(5)
    expect(initialPair([{ id: 4 }, { id: 5 }], 6)).toBeUndefined()
    expect(initialPair([], undefined)).toBeUndefined()
    expect(pairIdOf('12')).toBe(12)
    expect(pairIdOf(['12'])).toBeUndefined()
    expect(pairIdOf('x')).toBeUndefined()
  })
})

describe('the lifecycle', () => {
  it('offers the steps PairLifecyclePolicy allows', () => {
    expect(lifecycleSteps('PROPOSED').map((s) => s.to)).toEqual(['ACTIVE', 'ENDED'])
    expect(lifecycleSteps('ACTIVE').map((s) => s.action)).toEqual(['pause', 'complete', 'end'])
    expect(lifecycleSteps('PAUSED').map((s) => s.action)).toEqual(['resume', 'complete', 'end'])
    expect(lifecycleSteps('COMPLETED')).toEqual([])
    expect(lifecycleSteps('ENDED')).toEqual([])
  })

  it('sends outcomes only at completion', () => {
    const values = { on: '2026-03-10', reason: ' 外出务工 ', outcomes: ['SKILLED_FARMER' as const], outcomeNote: '' }
    expect(toTransition('COMPLETED', values)).toEqual({
      status: 'COMPLETED',
      on: '2026-03-10',
      reason: '外出务工',
      outcomes: ['SKILLED_FARMER'],
      outcomeNote: null,
    })
    expect(toTransition('PAUSED', values).outcomes).toBeNull()
  })
})

describe('the pair list and form', () => {
  it('leaves empty filters out of the query', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
    expect(toSearchQuery({ status: 'ACTIVE', type: 'STUDY_HELP', within: 3 }, 2, 20)).toEqual({
      page: 1,
      size: 20,
      status: 'ACTIVE',
      type: 'STUDY_HELP',
      within: 3,
    })
  })

  it('sends either the recorded beneficiary or the new one', () => {
    const values = { ...emptyPairValues('2026-03-10'), volunteerId: 1, beneficiaryId: 9, type: 'STUDY_HELP' as const }
    const person = { ...emptyBeneficiaryValues(14), name: '魏平', gender: 'MALE' as const, birthDate: '1990-05-01' }
    expect(toPairForm(values, person, '2026-03-10')).toMatchObject({ beneficiaryId: 9, beneficiary: null, status: 'ACTIVE' })
    const inline = toPairForm({ ...values, beneficiaryMode: 'new' }, person, '2026-03-10')
    expect(inline.beneficiaryId).toBeNull()
    expect(inline.beneficiary).toMatchObject({ name: '魏平', organizationId: 14 })
  })
})
