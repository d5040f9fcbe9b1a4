import { describe, expect, it } from 'vitest'
import { currentHalfYear, parseNamedPeriod, periodLabel, periodsByYear } from './named-period'

describe('named periods', () => {
  it('reads years and half-years, nothing else', () => {
    expect(parseNamedPeriod('2016-H1')).toEqual({ code: '2016-H1', year: 2016, part: 'H1' })
    expect(parseNamedPeriod('2016')).toEqual({ code: '2016', year: 2016, part: 'YEAR' })
    expect(parseNamedPeriod('2016-Q2')).toBeUndefined()
    expect(parseNamedPeriod('2016-H3')).toBeUndefined()
    expect(parseNamedPeriod(['2016'])).toBeUndefined()
    expect(parseNamedPeriod(undefined)).toBeUndefined()
  })

  it('defaults to the half-year of the day', () => {
    expect(currentHalfYear('2026-06-30')).toBe('2026-H1')
    expect(currentHalfYear('2026-07-01')).toBe('2026-H2')
    expect(currentHalfYear('2016-01-01')).toBe('2016-H1')
  })

  it('offers every year back to the first, latest first, without a half-year still to come', () => {
    const inFirstHalf = periodsByYear('2018-03-10')
    expect(inFirstHalf.map((y) => y.year)).toEqual([2018, 2017, 2016])
    expect(inFirstHalf[0]?.periods.map((p) => p.code)).toEqual(['2018', '2018-H1'])
    expect(inFirstHalf[2]?.periods.map((p) => p.code)).toEqual(['2016', '2016-H1', '2016-H2'])
    expect(periodsByYear('2018-07-01')[0]?.periods.map((p) => p.code)).toEqual(['2018', '2018-H1', '2018-H2'])
  })

  it('names a period in words', () => {
    const t = (key: string, params: Record<string, unknown>) => `${key}:${String(params.year)}`
    expect(periodLabel('2016-H1', t)).toBe('period.named.H1:2016')
    expect(periodLabel('2015', t)).toBe('period.named.YEAR:2015')
    expect(periodLabel('2016-01-01/2016-03-31', t)).toBe('2016-01-01/2016-03-31')
  })
})
