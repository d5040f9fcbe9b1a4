import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type { Leader, Training, TrainingForm, TrainingFormat, TrainingSearch } from './api/types'

/** Every format; the record makes the list complete. */
const FORMAT_ORDER: Record<TrainingFormat, number> = {
  CLASS: 0, // 培训班
  MEETING_AS_TRAINING: 1, // 以会代训
  ONLINE: 2, // 网络培训
}
export const TRAINING_FORMATS = (Object.keys(FORMAT_ORDER) as TrainingFormat[]).sort((a, b) => FORMAT_ORDER[a] - FORMAT_ORDER[b])

/** The list's filters as the user set them; days are 'YYYY-MM-DD', '' or null for an open end. */
export interface TrainingFilters {
  within: number | undefined
  from: string | null
  to: string | null
}

export const EMPTY_FILTERS: TrainingFilters = { within: undefined, from: '', to: '' }

/** The filters in the address, named as the API's (/trainings?within=13&from=2016-01-01&to=2016-06-30, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<TrainingFilters> = { within: queryParams.id, from: queryParams.day, to: queryParams.day }

/** The query of GET /trainings: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: TrainingFilters, page: number, size: number): TrainingSearch {
  const query: TrainingSearch = { page: Math.max(0, page - 1), size }
  if (filters.within !== undefined) query.within = filters.within
  if (filters.from) query.from = filters.from
  if (filters.to) query.to = filters.to
  return query
}

/** The form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = ['organizationId', 'heldOn', 'title', 'format'] as const
export type FormField = (typeof FORM_FIELDS)[number]

export interface FormValues {
  organizationId: number | undefined
  heldOn: string
  title: string
  format: TrainingFormat | undefined
}

export function emptyFormValues(organizationId: number | undefined, today: string): FormValues {
  return { organizationId, heldOn: today, title: '', format: 'CLASS' }
}

export function formValuesOf(t: Training): FormValues {
  return { organizationId: t.organizationId, heldOn: t.heldOn, title: t.title, format: t.format }
}

/** The request body. Missing required values are sent as they are (empty) so the server names them. */
export function toTrainingForm(values: FormValues): TrainingForm {
  return {
    organizationId: values.organizationId as number,
    heldOn: values.heldOn,
    title: values.title.trim(),
    format: values.format as TrainingFormat,
  }
}

/** Where a leader stands on the attendance sheet. */
export type AttendanceState = 'todo' | 'saving' | 'done'

export interface AttendanceRow {
  leader: Leader
  state: AttendanceState
}

/**
 * Leaders as rows of the attendance sheet: done when on the training's list, saving while the tap is
 * on its way; those whose name or organization does not contain `q` are left out.
 */
export function attendanceRows(
  leaders: readonly Leader[],
  attended: ReadonlySet<number>,
  saving: ReadonlySet<number>,
  q = '',
): AttendanceRow[] {
  const needle = q.trim()
  return leaders
    .filter((l) => !needle || l.personName.includes(needle) || l.organizationName.includes(needle))
    .map((leader) => ({
      leader,
      state: attended.has(leader.id) ? 'done' : saving.has(leader.id) ? 'saving' : 'todo',
    }))
}

/** The attendees without those already shown among the proposed (a leader marked here stays in place). */
export function othersAttending(attendees: readonly Leader[], shown: readonly Leader[]): Leader[] {
  const ids = new Set(shown.map((l) => l.id))
  return attendees.filter((a) => !ids.has(a.id))
}
