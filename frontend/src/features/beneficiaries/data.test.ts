import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, shownOrMasked, toSearchQuery } from './data'

describe('the beneficiary list', () => {
  it('leaves empty filters out of the query and trims the keyword', () => {
    expect(toSearchQuery(EMPTY_FILTERS, 1, 20)).toEqual({ page: 0, size: 20 })
    expect(toSearchQuery({ q: ' wp ', category: 'YOUNG_FARMER', within: 14 }, 3, 20)).toEqual({
      page: 2,
      size: 20,
      q: 'wp',
      category: 'YOUNG_FARMER',
      within: 14,
    })
  })
})

describe('a value of a record', () => {
  const labels = { masked: '已隐去', none: '无' }

  it('says hidden where a protected child’s value is left out, none where it is empty', () => {
    expect(shownOrMasked(null, true, labels)).toBe('已隐去')
    expect(shownOrMasked(null, false, labels)).toBe('无')
    expect(shownOrMasked('  ', false, labels)).toBe('无')
    expect(shownOrMasked('父母在外务工', true, labels)).toBe('父母在外务工')
  })
})
