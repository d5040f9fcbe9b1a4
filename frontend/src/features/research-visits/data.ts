import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { OrganizationType, ResearchSummary, ResearchVisit, ResearchVisitForm, ResearchVisitSearch } from './api/types'

/** Places by type in the order of the report: townships and streets, villages, communities, schools. */
const PLACE_ORDER: Record<OrganizationType, number> = {
  CITY_COMMITTEE: 0,
  TOWNSHIP_COMMITTEE: 1, // 乡镇/街道
  VILLAGE_GROUP: 2, // 村
  COMMUNITY_GROUP: 3, // 社区
  SCHOOL_GROUP: 4, // 学校
}
export const PLACE_TYPES = (Object.keys(PLACE_ORDER) as OrganizationType[]).sort((a, b) => PLACE_ORDER[a] - PLACE_ORDER[b])

/** The list's filters as the user set them; days are 'YYYY-MM-DD', '' or null for an open end. */
export interface VisitFilters {
  within: number | undefined
  from: string | null
  to: string | null
}

export const EMPTY_FILTERS: VisitFilters = { within: undefined, from: '', to: '' }

/** The filters in the address, named as the API's (/research-visits?within=13&from=2016-01-01&to=2016-06-30, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<VisitFilters> = { within: queryParams.id, from: queryParams.day, to: queryParams.day }

/** The query of GET /research-visits: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: VisitFilters, page: number, size: number): ResearchVisitSearch {
  const query: ResearchVisitSearch = { page: Math.max(0, page - 1), size }
  Object.assign(query, toSummaryQuery(filters))
  return query
}

/** The summary follows the list's organization and period. */
export function toSummaryQuery(filters: VisitFilters): { within?: number; from?: string; to?: string } {
  const query: { within?: number; from?: string; to?: string } = {}
  if (filters.within !== undefined) query.within = filters.within
  if (filters.from) query.from = filters.from
  if (filters.to) query.to = filters.to
  return query
}

/** Places per type, in the report's order; types the server does not know (yet) come last. */
export function placesByType(summary: ResearchSummary | undefined): { type: string; places: number }[] {
  const rank = (type: string) => PLACE_ORDER[type as OrganizationType] ?? PLACE_TYPES.length
  return [...(summary?.placesByType ?? [])]
    .filter((p) => p.places > 0)
    .sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type))
}

/** The form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = ['organizationId', 'visitedOn', 'ledBy', 'places', 'topics', 'findings', 'measures'] as const
export type FormField = (typeof FORM_FIELDS)[number]

export interface FormValues {
  organizationId: number | undefined
  visitedOn: string
  ledBy: string
  places: number[]
  topics: string
  findings: string
  measures: string
}

export function emptyFormValues(organizationId: number | undefined, today: string): FormValues {
  return { organizationId, visitedOn: today, ledBy: '', places: [], topics: '', findings: '', measures: '' }
}

export function formValuesOf(v: ResearchVisit): FormValues {
  return {
    organizationId: v.organizationId,
    visitedOn: v.visitedOn,
    ledBy: v.ledBy,
    places: v.places.map((p) => p.id),
    topics: v.topics ?? '',
    findings: v.findings ?? '',
    measures: v.measures ?? '',
  }
}

/** The request body; empty texts go as null, missing required values as they are so the server names them. */
export function toVisitForm(values: FormValues): ResearchVisitForm {
  return {
    organizationId: values.organizationId as number,
    visitedOn: values.visitedOn,
    ledBy: values.ledBy.trim(),
    places: [...values.places],
    topics: values.topics.trim() || null,
    findings: values.findings.trim() || null,
    measures: values.measures.trim() || null,
  }
}
