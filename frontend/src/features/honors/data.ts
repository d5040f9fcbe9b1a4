import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { Honor, HonorForm, HonorLevel, HonorSearch, HonorSummary, MediaCoverageForm } from './api/types'

/** Every level, highest first (the server ranks them the same way); the record makes the list complete. */
const LEVEL_RANK: Record<HonorLevel, number> = {
  NATIONAL: 0, // 国家级
  PROVINCIAL: 1, // 省级
  PREFECTURE: 2, // 地市级 (黑河市)
  CITY_PARTY_GOVERNMENT: 3, // 市委、市政府
  CITY_COMMITTEE: 4, // 市关工委
  TOWNSHIP: 5, // 乡镇
}
export const HONOR_LEVELS = (Object.keys(LEVEL_RANK) as HonorLevel[]).sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b])

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function levelTagType(level: HonorLevel): TagType {
  switch (level) {
    case 'NATIONAL':
    case 'PROVINCIAL':
      return 'danger'
    case 'PREFECTURE':
    case 'CITY_PARTY_GOVERNMENT':
      return 'warning'
    case 'CITY_COMMITTEE':
      return 'primary'
    default:
      return 'info'
  }
}

/** The list's filters as the user set them. */
export interface HonorFilters {
  level: HonorLevel | undefined
  /** An organization whose subtree is searched (through the honoured person's organization). */
  within: number | undefined
}

export const EMPTY_FILTERS: HonorFilters = { level: undefined, within: undefined }

/** The filters in the address, named as the API's (/honors?within=13, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<HonorFilters> = { level: queryParams.oneOf(HONOR_LEVELS), within: queryParams.id }

/** The query of GET /honors (newest first there): empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: HonorFilters, page: number, size: number): HonorSearch {
  const query: HonorSearch = { page: Math.max(0, page - 1), size }
  if (filters.level) query.level = filters.level
  if (filters.within !== undefined) query.within = filters.within
  return query
}

/** People per level for the chart: every level, highest first, 0 where the scope has none. */
export function summaryByLevel(summary: HonorSummary | undefined): { level: HonorLevel; people: number }[] {
  return HONOR_LEVELS.map((level) => ({
    level,
    people: summary?.byLevel.find((c) => c.level === level)?.people ?? 0,
  }))
}

/** The form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = ['volunteerId', 'level', 'title', 'awardedOn', 'issuer', 'story'] as const
export type FormField = (typeof FORM_FIELDS)[number]

/** The form's values as typed; text fields are '' when empty. */
export interface FormValues {
  volunteerId: number | undefined
  level: HonorLevel | undefined
  title: string
  awardedOn: string
  issuer: string
  story: string
}

export function emptyFormValues(volunteerId?: number): FormValues {
  return { volunteerId, level: undefined, title: '', awardedOn: '', issuer: '', story: '' }
}

export function formValuesOf(honor: Honor): FormValues {
  return {
    volunteerId: honor.volunteerId,
    level: honor.level,
    title: honor.title,
    awardedOn: honor.awardedOn,
    issuer: honor.issuer ?? '',
    story: honor.story ?? '',
  }
}

const optional = (value: string): string | null => {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * The request body. Missing required values are sent as they are (empty) so the server names them.
 * The story keeps its line breaks (trimmed only at its ends); it is shown as plain text.
 */
export function toHonorForm(values: FormValues): HonorForm {
  return {
    volunteerId: values.volunteerId as number,
    level: values.level as HonorLevel,
    title: values.title.trim(),
    awardedOn: values.awardedOn,
    issuer: optional(values.issuer),
    story: optional(values.story),
  }
}

export const COVERAGE_FIELDS = ['volunteerId', 'outlet', 'coveredOn', 'title'] as const
export type CoverageField = (typeof COVERAGE_FIELDS)[number]

export interface CoverageValues {
  volunteerId: number | undefined
  outlet: string
  coveredOn: string
  title: string
}

export function emptyCoverageValues(volunteerId?: number): CoverageValues {
  return { volunteerId, outlet: '', coveredOn: '', title: '' }
}

export function toCoverageForm(values: CoverageValues): MediaCoverageForm {
  return {
    volunteerId: values.volunteerId as number,
    outlet: values.outlet.trim(),
    coveredOn: values.coveredOn,
    title: values.title.trim(),
  }
}
