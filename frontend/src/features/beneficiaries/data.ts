import type { BeneficiaryCategory, BeneficiarySearch } from './api/types'

/** The list's filters as the user set them. */
export interface BeneficiaryFilters {
  q: string
  category: BeneficiaryCategory | undefined
  /** An organization whose subtree is searched. */
  within: number | undefined
}

export const EMPTY_FILTERS: BeneficiaryFilters = { q: '', category: undefined, within: undefined }

/** The query of GET /beneficiaries: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: BeneficiaryFilters, page: number, size: number): BeneficiarySearch {
  const query: BeneficiarySearch = { page: Math.max(0, page - 1), size }
  if (filters.q.trim()) query.q = filters.q.trim()
  if (filters.category) query.category = filters.category
  if (filters.within !== undefined) query.within = filters.within
  return query
}

/** A value the view leaves out for a protected child (null there) or one that is simply empty. */
export function shownOrMasked(
  value: string | null | undefined,
  protectedChild: boolean | undefined,
  labels: { masked: string; none: string },
): string {
  if (value && value.trim()) return value
  return protectedChild ? labels.masked : labels.none
}
