import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { Team, TeamForm, TeamMember, TeamSearch, TeamSummary, TeamType } from './api/types'

/** Every type, in the order of the report (关爱团, 报告团, 艺术团, others); the record makes the list complete. */
const TYPE_ORDER: Record<TeamType, number> = {
  CARE: 0, // 关爱团
  LECTURE: 1, // 报告团
  ART: 2, // 艺术团
  OTHER: 3, // 其他
}
export const TEAM_TYPES = (Object.keys(TYPE_ORDER) as TeamType[]).sort((a, b) => TYPE_ORDER[a] - TYPE_ORDER[b])

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function typeTagType(type: TeamType): TagType {
  switch (type) {
    case 'CARE':
      return 'success'
    case 'LECTURE':
      return 'primary'
    case 'ART':
      return 'warning'
    default:
      return 'info'
  }
}

/** The list's filters as the user set them. */
export interface TeamFilters {
  type: TeamType | undefined
  /** An organization whose subtree is searched. */
  within: number | undefined
}

export const EMPTY_FILTERS: TeamFilters = { type: undefined, within: undefined }

/** The filters in the address, named as the API's (/teams?within=13, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<TeamFilters> = { type: queryParams.oneOf(TEAM_TYPES), within: queryParams.id }

/** The query of GET /teams: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: TeamFilters, page: number, size: number): TeamSearch {
  const query: TeamSearch = { page: Math.max(0, page - 1), size }
  if (filters.type) query.type = filters.type
  if (filters.within !== undefined) query.within = filters.within
  return query
}

/** The summary per type for the chart: every type in order, 0 where the scope has none. */
export function summaryByType(summary: TeamSummary | undefined): { type: TeamType; teams: number; members: number }[] {
  return TEAM_TYPES.map((type) => {
    const found = summary?.byType.find((c) => c.type === type)
    return { type, teams: found?.teams ?? 0, members: found?.members ?? 0 }
  })
}

/** The form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = ['organizationId', 'type', 'name', 'leaderId', 'establishedOn'] as const
export type FormField = (typeof FORM_FIELDS)[number]

/** The form's values as typed; text fields are '' when empty. */
export interface FormValues {
  organizationId: number | undefined
  type: TeamType | undefined
  name: string
  leaderId: number | undefined
  establishedOn: string
}

export function emptyFormValues(): FormValues {
  return { organizationId: undefined, type: undefined, name: '', leaderId: undefined, establishedOn: '' }
}

export function formValuesOf(team: Team): FormValues {
  return {
    organizationId: team.organizationId,
    type: team.type,
    name: team.name,
    leaderId: team.leaderId ?? undefined,
    establishedOn: team.establishedOn ?? '',
  }
}

/** The request body. Missing required values are sent as they are (empty) so the server names them. */
export function toTeamForm(values: FormValues): TeamForm {
  return {
    organizationId: values.organizationId as number,
    type: values.type as TeamType,
    name: values.name.trim(),
    leaderId: values.leaderId ?? null,
    establishedOn: values.establishedOn || null,
  }
}

export const MEMBER_FIELDS = ['volunteerId', 'joinedOn'] as const
export type MemberField = (typeof MEMBER_FIELDS)[number]

export const LEAVE_FIELDS = ['leftOn'] as const
export type LeaveField = (typeof LEAVE_FIELDS)[number]

export function isCurrent(member: Pick<TeamMember, 'leftOn'>): boolean {
  return member.leftOn === null
}

/** Current members (by joining date) and those who left (latest leaver first). */
export function splitMembers(members: readonly TeamMember[]): { current: TeamMember[]; former: TeamMember[] } {
  const current = members.filter(isCurrent).sort((a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.id - b.id)
  const former = members
    .filter((m) => !isCurrent(m))
    .sort((a, b) => (b.leftOn as string).localeCompare(a.leftOn as string) || b.id - a.id)
  return { current, former }
}

/** A leaving date cannot be before the joining date (the server says so too); `day` is 'YYYY-MM-DD'. */
export function isBeforeJoining(day: string, member: Pick<TeamMember, 'joinedOn'>): boolean {
  return day < member.joinedOn
}
