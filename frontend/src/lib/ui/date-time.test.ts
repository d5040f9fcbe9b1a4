import { describe, expect, it } from 'vitest'
import { dayRangeToWindow, formatDateTime, localDay, toOffsetIso } from './date-time'

describe('toOffsetIso', () => {
  it('writes the local time with the local offset, and denotes the same instant', () => {
    const d = new Date(2026, 2, 10, 9, 5, 31)
    const iso = toOffsetIso(d)
    expect(iso).toMatch(/^2026-03-10T09:05:31[+-]\d{2}:\d{2}$/)
    expect(new Date(iso).getTime()).toBe(d.getTime())
  })
})

describe('dayRangeToWindow', () => {
  it('covers whole days: from the first midnight to the midnight after the last day', () => {
    const { from, to } = dayRangeToWindow('2026-03-01', '2026-03-31')
    expect(from).toMatch(/^2026-03-01T00:00:00[+-]\d{2}:\d{2}$/)
    expect(to).toMatch(/^2026-04-01T00:00:00[+-]\d{2}:\d{2}$/)
  })

  it('leaves out an open end', () => {
    expect(dayRangeToWindow(null, undefined)).toEqual({ from: undefined, to: undefined })
    expect(dayRangeToWindow('2026-01-05', null).to).toBeUndefined()
  })
})

describe('formatDateTime', () => {
  it('shows an instant in local time', () => {
    const d = new Date(2026, 10, 26, 10, 48, 50)
    expect(formatDateTime(d.toISOString())).toBe('2026-11-26 10:48:50')
    expect(formatDateTime(d.toISOString(), false)).toBe('2026-11-26 10:48')
  })

  it('shows nothing for no value', () => {
    expect(formatDateTime(null)).toBe('')
  })
})

describe('localDay', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05')
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
  })
})
