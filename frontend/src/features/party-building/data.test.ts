import { describe, expect, it } from 'vitest'
import { advancedKey, exportFileName, rememberedYear, rememberYear, toResultQuery, yearOptions } from './data'

describe('the year', () => {
  it('is offered from this year back to the first plan’s', () => {
    const years = yearOptions(2016)
    expect(years[0]).toBe(2016)
    expect(years.at(-1)).toBe(2011)
    expect(years).toHaveLength(6)
  })

  it('is the one last chosen, else this year', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    expect(rememberedYear(storage, 2026)).toBe(2026)
    rememberYear(storage, 2015)
    expect(rememberedYear(storage, 2026)).toBe(2015)
    store.set('xinhuo.partyBuilding.year', 'abc')
    expect(rememberedYear(storage, 2026)).toBe(2026)
    store.set('xinhuo.partyBuilding.year', '2099')
    expect(rememberedYear(storage, 2026)).toBe(2026)
    expect(rememberedYear(undefined, 2026)).toBe(2026)
  })
})

describe('先进党支部', () => {
  it('may be rated after a passed year-end result, not after a failed one, and waits without one', () => {
    expect(advancedKey({ eligibleForAdvanced: true })).toBe('eligible')
    expect(advancedKey({ eligibleForAdvanced: false })).toBe('ineligible')
    expect(advancedKey({ eligibleForAdvanced: null })).toBe('pending')
  })
})

describe('the list and the export', () => {
  it('asks for the year, the subtree when chosen, pages from 0', () => {
    expect(toResultQuery(2015, undefined, 1, 20)).toEqual({ year: 2015, page: 0, size: 20 })
    expect(toResultQuery(2015, 4, 2, 20)).toEqual({ year: 2015, within: 4, page: 1, size: 20 })
  })

  it('names the workbook by the year and the organization filtered', () => {
    expect(exportFileName('党建带关工考核结果', 2015)).toBe('党建带关工考核结果-2015.xlsx')
    expect(exportFileName('党建带关工考核结果', 2016, '兴安乡关工委')).toBe('党建带关工考核结果-2016-兴安乡关工委.xlsx')
    expect(exportFileName('results', 2016, 'a/b: c')).toBe('results-2016-abc.xlsx')
  })
})
