import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { PartyBuildingResult, ResultSearch } from './api/types'

/** The first year the platform offers: the city's records go back to the first three-year plan. */
export const FIRST_YEAR = 2011

/** The years to pick, newest first: this year back to FIRST_YEAR. */
export function yearOptions(thisYear: number): number[] {
  const years: number[] = []
  for (let y = thisYear; y >= FIRST_YEAR; y--) years.push(y)
  return years
}

/** The list's filters: the year of the results and an organization whose subtree is shown. */
export interface ResultFilters {
  year: number
  within: number | undefined
}

/** The filters in the address, named as the API's (/party-building?year=2016&within=13, linked from the dashboard). */
export function resultQueryParams(thisYear: number): QueryParams<ResultFilters> {
  return { year: queryParams.integer(FIRST_YEAR, thisYear), within: queryParams.id }
}

const YEAR_KEY = 'xinhuo.partyBuilding.year'

/** The year last chosen in this browser (the results are often read for a past year), else this year. */
export function rememberedYear(storage: Pick<Storage, 'getItem'> | undefined, thisYear: number): number {
  const stored = Number(storage?.getItem(YEAR_KEY))
  return Number.isInteger(stored) && stored >= FIRST_YEAR && stored <= thisYear ? stored : thisYear
}

export function rememberYear(storage: Pick<Storage, 'setItem'> | undefined, year: number): void {
  try {
    storage?.setItem(YEAR_KEY, String(year))
  } catch {
    // Private mode or a full storage: the choice is simply not remembered.
  }
}

/** Whether the branch may be rated 先进党支部: 可评, 不可评 (year-end failed) or 待年终总评 (not yet confirmed). */
export type AdvancedKey = 'eligible' | 'ineligible' | 'pending'

export function advancedKey(result: Pick<PartyBuildingResult, 'eligibleForAdvanced'>): AdvancedKey {
  if (result.eligibleForAdvanced === true) return 'eligible'
  if (result.eligibleForAdvanced === false) return 'ineligible'
  return 'pending'
}

export const ADVANCED_TAGS: Record<AdvancedKey, 'success' | 'danger' | 'info'> = {
  eligible: 'success',
  ineligible: 'danger',
  pending: 'info',
}

/** The query of the list: pages count from 0 there, from 1 on screen. */
export function toResultQuery(year: number, within: number | undefined, page: number, size: number): ResultSearch {
  const query: ResultSearch = { year, page: Math.max(0, page - 1), size }
  if (within !== undefined) query.within = within
  return query
}

/** Characters Windows and macOS refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\s]+/g

/** 党建带关工考核结果-2015.xlsx, or with the organization filtered: 党建带关工考核结果-2015-兴安乡关工委.xlsx. */
export function exportFileName(base: string, year: number, organizationName?: string): string {
  const parts = [base, String(year)]
  const org = organizationName?.replace(UNSAFE, '').trim()
  if (org) parts.push(org)
  return `${parts.join('-')}.xlsx`
}
