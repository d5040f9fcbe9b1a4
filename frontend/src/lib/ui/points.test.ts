import { describe, expect, it } from 'vitest'
import { addPoints, formatPoints } from './points'

describe('points', () => {
  it('adds without binary fractions showing, missing values as 0', () => {
    expect(addPoints([0.1, 0.2])).toBe(0.3)
    expect(addPoints([4.5, null, 5, undefined, 0.5])).toBe(10)
    expect(addPoints([])).toBe(0)
  })

  it('shows whole points without decimals', () => {
    expect(formatPoints(20)).toBe('20')
    expect(formatPoints(4.5)).toBe('4.5')
    expect(formatPoints(0.1 + 0.2)).toBe('0.3')
    expect(formatPoints(null)).toBe('')
  })
})
