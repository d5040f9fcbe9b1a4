import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { Appointment, AppointmentForm, LeaderRole, LeadershipSummary, OrganizationType } from './api/types'

/**
 * Every seat in the order of a team: committees have 主任, 常务副主任, 副主任, 秘书长; groups 组长,
 * 常务副组长, 副组长; members sit in both. The record makes the list complete.
 */
const SEAT_ORDER: Record<LeaderRole, number> = {
  DIRECTOR: 0, // 主任
  EXECUTIVE_DEPUTY_DIRECTOR: 1, // 常务副主任
  DEPUTY_DIRECTOR: 2, // 副主任
  SECRETARY_GENERAL: 3, // 秘书长
  LEADER: 4, // 组长
  EXECUTIVE_DEPUTY_LEADER: 5, // 常务副组长
  DEPUTY_LEADER: 6, // 副组长
  MEMBER: 7, // 成员
}
export const LEADER_ROLES = (Object.keys(SEAT_ORDER) as LeaderRole[]).sort((a, b) => SEAT_ORDER[a] - SEAT_ORDER[b])

const COMMITTEE_SEATS: readonly LeaderRole[] = ['DIRECTOR', 'EXECUTIVE_DEPUTY_DIRECTOR', 'DEPUTY_DIRECTOR', 'SECRETARY_GENERAL']
const GROUP_SEATS: readonly LeaderRole[] = ['LEADER', 'EXECUTIVE_DEPUTY_LEADER', 'DEPUTY_LEADER']

/** 市关工委 and 乡镇/街道关工委 are committees; village, community and school 关工小组 are groups. */
export function isCommittee(type: OrganizationType): boolean {
  return type === 'CITY_COMMITTEE' || type === 'TOWNSHIP_COMMITTEE'
}

/** The seats an organization of this type has (the server refuses the others); every seat when the type is unknown. */
export function rolesFor(type: OrganizationType | undefined): LeaderRole[] {
  if (type === undefined) return [...LEADER_ROLES]
  return LEADER_ROLES.filter((r) => r === 'MEMBER' || (isCommittee(type) ? COMMITTEE_SEATS : GROUP_SEATS).includes(r))
}

/** A share 0–1 as a whole percentage (0.875 → 88); nothing to show without a share. */
export function sharePercent(share: number | null | undefined): number | undefined {
  if (share === null || share === undefined || Number.isNaN(share)) return undefined
  return Math.round(Math.min(1, Math.max(0, share)) * 100)
}

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

/** The training tag of a leader: 已培训 (with the last day) or 未培训, which new leaders must not stay. */
export function trainedTag(a: Pick<Appointment, 'trained' | 'lastTrainedOn'>): {
  type: TagType
  key: 'leadership.trained' | 'leadership.untrained'
  day: string | null
} {
  return a.trained
    ? { type: 'success', key: 'leadership.trained', day: a.lastTrainedOn }
    : { type: 'warning', key: 'leadership.untrained', day: null }
}

const bySeat = (a: Appointment, b: Appointment) =>
  SEAT_ORDER[a.role] - SEAT_ORDER[b.role] || a.startedOn.localeCompare(b.startedOn) || a.id - b.id

/**
 * The team as it stands (seats held today or still to come, by seat) and its history (ended seats,
 * the latest first).
 */
export function splitTeam(appointments: readonly Appointment[]): { current: Appointment[]; history: Appointment[] } {
  const ended = (a: Appointment) => !a.current && a.endedOn !== null
  return {
    current: appointments.filter((a) => !ended(a)).sort(bySeat),
    history: appointments
      .filter(ended)
      .sort((a, b) => (b.endedOn as string).localeCompare(a.endedOn as string) || b.id - a.id),
  }
}

/** The summary per seat in team order, only seats with something to tell. */
export function summaryBySeat(summary: LeadershipSummary | undefined): LeadershipSummary['byRole'] {
  return LEADER_ROLES.map((role) => {
    const found = summary?.byRole.find((r) => r.role === role)
    return { role, appointed: found?.appointed ?? 0, ended: found?.ended ?? 0, trained: found?.trained ?? 0 }
  }).filter((r) => r.appointed + r.ended + r.trained > 0)
}

/** From the first of January of the day's year to the day: the default period of the summary. */
export function yearToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

/** The page's organization (its team) and the period of its summary; days '' for an open end. */
export interface LeadershipFilters {
  organizationId: number | undefined
  from: string
  to: string
}

/**
 * The filters in the address (/leadership?organizationId=13&from=2016-01-01&to=2016-06-30), linked
 * from the organization tree and the dashboard.
 */
export const QUERY_PARAMS: QueryParams<LeadershipFilters> = {
  organizationId: queryParams.id,
  from: queryParams.day,
  to: queryParams.day,
}

/** The appointment form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = ['organizationId', 'personName', 'volunteerId', 'role', 'startedOn', 'endedOn', 'changeReason'] as const
export type FormField = (typeof FORM_FIELDS)[number]

/** The form's values as typed; text and dates are '' when empty. */
export interface FormValues {
  personName: string
  volunteerId: number | undefined
  role: LeaderRole | undefined
  startedOn: string
  endedOn: string
  changeReason: string
}

export function emptyFormValues(today: string): FormValues {
  return { personName: '', volunteerId: undefined, role: undefined, startedOn: today, endedOn: '', changeReason: '' }
}

/** The request body. Missing required values are sent as they are (empty) so the server names them. */
export function toAppointmentForm(organizationId: number, values: FormValues): AppointmentForm {
  return {
    organizationId,
    personName: values.personName.trim(),
    volunteerId: values.volunteerId ?? null,
    role: values.role as LeaderRole,
    startedOn: values.startedOn,
    endedOn: values.endedOn || null,
    changeReason: values.changeReason.trim() || null,
  }
}

export const END_FIELDS = ['endedOn', 'changeReason'] as const
export type EndField = (typeof END_FIELDS)[number]

/** 离任: the appointment as it is, ended on a day for a reason (换届, 调离, …). */
export function toEndForm(a: Appointment, endedOn: string, reason: string): AppointmentForm {
  return {
    organizationId: a.organizationId,
    personName: a.personName,
    volunteerId: a.volunteerId,
    role: a.role,
    startedOn: a.startedOn,
    endedOn: endedOn || null,
    changeReason: reason.trim() || null,
  }
}
