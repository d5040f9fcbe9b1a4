import type { FieldError } from '@/lib/api/problem'
import type {
  Campaign,
  CampaignForm,
  Enrolment,
  EnrolmentChange,
  EnrolmentForm,
  EnrolmentSearch,
  EnrolmentStatus,
  OrganizationType,
  ProgressRow,
} from './api/types'

/** The organizations the 五好 campaign is about (基层关工组织), in the order the report counts them. */
export const CAMPAIGN_TYPES: readonly OrganizationType[] = ['TOWNSHIP_COMMITTEE', 'VILLAGE_GROUP', 'COMMUNITY_GROUP', 'SCHOOL_GROUP']
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['PLANNED', 'ENROLLED']
/** A plan runs at most five years (endYear ≤ startYear + 4); most are three. */
export const MAX_PLAN_SPAN = 4

/** The years of a plan, first to last. */
export function planYears(plan: Pick<Campaign, 'startYear' | 'endYear'>): number[] {
  const years: number[] = []
  for (let y = plan.startYear; y <= plan.endYear; y++) years.push(y)
  return years
}

/** The year a new enrolment is planned for: this year while the plan runs, else its nearest year. */
export function defaultPlanYear(plan: Pick<Campaign, 'startYear' | 'endYear'>, thisYear: number): number {
  return Math.min(plan.endYear, Math.max(plan.startYear, thisYear))
}

/** A plan in the list, and whether the user's subtree owns it (else it is a committee's above: read only). */
export interface PlanEntry {
  campaign: Campaign
  own: boolean
}

/**
 * The plans of the user's subtree and those covering the user's organization (from above), once
 * each, newest first.
 */
export function mergePlans(own: readonly Campaign[], covering: readonly Campaign[]): PlanEntry[] {
  const byId = new Map<number, PlanEntry>()
  for (const c of covering) byId.set(c.id, { campaign: c, own: false })
  for (const c of own) byId.set(c.id, { campaign: c, own: true })
  return [...byId.values()].sort(
    (a, b) => b.campaign.startYear - a.campaign.startYear || b.campaign.endYear - a.campaign.endYear || b.campaign.id - a.campaign.id,
  )
}

/** The plan's targets summed per type, in CAMPAIGN_TYPES order: 行政村 35. */
export function targetsByType(plan: Pick<Campaign, 'targets'>): { organizationType: OrganizationType; target: number }[] {
  const sums = new Map<OrganizationType, number>()
  for (const t of plan.targets) sums.set(t.organizationType, (sums.get(t.organizationType) ?? 0) + t.target)
  return [...sums.entries()]
    .map(([organizationType, target]) => ({ organizationType, target }))
    .sort((a, b) => typeOrder(a.organizationType) - typeOrder(b.organizationType))
}

function typeOrder(type: OrganizationType): number {
  const i = CAMPAIGN_TYPES.indexOf(type)
  return i < 0 ? CAMPAIGN_TYPES.length : i
}

/** The progress rows of a year and type in the order of the chart and the table: by year, then type. */
export function sortProgress(rows: readonly ProgressRow[]): ProgressRow[] {
  return [...rows].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || typeOrder(a.organizationType) - typeOrder(b.organizationType))
}

export const PROGRESS_MEASURES = ['target', 'planned', 'enrolled', 'awarded'] as const
export type ProgressMeasure = (typeof PROGRESS_MEASURES)[number]

/**
 * The progress as bar-chart data: one category per year and type (2016 行政村), one series per
 * measure (target, planned, enrolled, awarded). `typeLabel` names a type on screen.
 */
export function progressSeries(
  rows: readonly ProgressRow[],
  typeLabel: (type: OrganizationType) => string,
): { categories: string[]; series: { measure: ProgressMeasure; values: number[] }[] } {
  const sorted = sortProgress(rows)
  return {
    categories: sorted.map((r) => (r.year === null || r.year === undefined ? typeLabel(r.organizationType) : `${r.year} ${typeLabel(r.organizationType)}`)),
    series: PROGRESS_MEASURES.map((measure) => ({ measure, values: sorted.map((r) => Number(r[measure] ?? 0)) })),
  }
}

// ---- the plan editor ----

export interface TargetValues {
  year: number | undefined
  organizationType: OrganizationType | undefined
  target: number | undefined
}

export interface PlanValues {
  organizationId: number | undefined
  name: string
  startYear: number | undefined
  endYear: number | undefined
  targets: TargetValues[]
}

export const PLAN_FIELDS = ['organizationId', 'name', 'startYear', 'endYear', 'targets'] as const
export type PlanField = (typeof PLAN_FIELDS)[number]
export const TARGET_FIELDS = ['year', 'organizationType', 'target'] as const
export type TargetField = (typeof TARGET_FIELDS)[number]

/** A new three-year plan of the user's organization starting this year, with one empty target row. */
export function emptyPlanValues(organizationId: number | undefined, thisYear: number): PlanValues {
  return {
    organizationId,
    name: '',
    startYear: thisYear,
    endYear: thisYear + 2,
    targets: [emptyTarget(thisYear)],
  }
}

export function emptyTarget(year: number | undefined): TargetValues {
  return { year, organizationType: 'VILLAGE_GROUP', target: undefined }
}

export function planValuesOf(plan: Campaign): PlanValues {
  return {
    organizationId: plan.organizationId,
    name: plan.name,
    startYear: plan.startYear,
    endYear: plan.endYear,
    targets: plan.targets.map((t) => ({ ...t })),
  }
}

/** The last years a plan starting in `startYear` may end in (the server allows up to start + 4). */
export function endYearOptions(startYear: number | undefined): number[] {
  if (startYear === undefined) return []
  return Array.from({ length: MAX_PLAN_SPAN + 1 }, (_, i) => startYear + i)
}

/**
 * The request body. Missing values are sent as they are (empty) so the server names them at their
 * fields; a name is trimmed.
 */
export function toCampaignForm(values: PlanValues): CampaignForm {
  return {
    organizationId: values.organizationId as number,
    name: values.name.trim(),
    startYear: values.startYear as number,
    endYear: values.endYear as number,
    targets: values.targets.map((t) => ({
      year: t.year as number,
      organizationType: t.organizationType as OrganizationType,
      target: t.target as number,
    })),
  }
}

export interface PlanErrors {
  fields: Partial<Record<PlanField, string>>
  /** By the row's index in the targets table. */
  targets: Record<number, Partial<Record<TargetField, string>>>
  /** Errors the editor has no field for. */
  others: FieldError[]
}

const TARGET_PATH = /(?:^|\.)targets\[(\d+)\]\.(\w+)$/

/**
 * The server's field errors at the editor's fields: `targets[0].year` at the first row's year,
 * `endYear` at the end year; a path with a prefix (`create.form.name`) by its last part.
 */
export function planErrors(errors: readonly FieldError[]): PlanErrors {
  const result: PlanErrors = { fields: {}, targets: {}, others: [] }
  const join = (old: string | undefined, message: string) => (old ? `${old}; ${message}` : message)
  for (const error of errors) {
    const row = TARGET_PATH.exec(error.field)
    if (row && (TARGET_FIELDS as readonly string[]).includes(row[2]!)) {
      const index = Number(row[1])
      const field = row[2] as TargetField
      const rowErrors = (result.targets[index] ??= {})
      rowErrors[field] = join(rowErrors[field], error.message)
      continue
    }
    const name = error.field.split('.').pop() ?? error.field
    const field = (PLAN_FIELDS as readonly string[]).includes(name) ? (name as PlanField) : undefined
    if (field) result.fields[field] = join(result.fields[field], error.message)
    else result.others.push(error)
  }
  return result
}

// ---- enrolments ----

/** The enrolment list's filters as the user set them. */
export interface EnrolmentFilters {
  within: number | undefined
  year: number | undefined
  status: EnrolmentStatus | undefined
  organizationType: OrganizationType | undefined
}

export const EMPTY_ENROLMENT_FILTERS: EnrolmentFilters = {
  within: undefined,
  year: undefined,
  status: undefined,
  organizationType: undefined,
}

/** The query of GET …/enrolments: empty filters left out; pages count from 0 there, from 1 on screen. */
export function toEnrolmentQuery(filters: EnrolmentFilters, page: number, size: number): EnrolmentSearch {
  const query: EnrolmentSearch = { page: Math.max(0, page - 1), size }
  if (filters.within !== undefined) query.within = filters.within
  if (filters.year !== undefined) query.year = filters.year
  if (filters.status) query.status = filters.status
  if (filters.organizationType) query.organizationType = filters.organizationType
  return query
}

export const ENROL_FIELDS = ['organizationId', 'planYear', 'status', 'enrolledOn', 'note'] as const
export type EnrolField = (typeof ENROL_FIELDS)[number]

export interface EnrolValues {
  organizationId: number | undefined
  planYear: number | undefined
  status: EnrolmentStatus
  enrolledOn: string | null
  note: string
}

export function emptyEnrolValues(planYear: number, today: string): EnrolValues {
  return { organizationId: undefined, planYear, status: 'PLANNED', enrolledOn: today, note: '' }
}

/** The day goes only with ENROLLED (the server wants it then and refuses it when PLANNED). */
function enrolledOnFor(status: EnrolmentStatus, enrolledOn: string | null): string | null {
  return status === 'ENROLLED' ? enrolledOn || null : null
}

export function toEnrolmentForm(values: EnrolValues): EnrolmentForm {
  return {
    organizationId: values.organizationId as number,
    planYear: values.planYear as number,
    status: values.status,
    enrolledOn: enrolledOnFor(values.status, values.enrolledOn),
    note: values.note.trim() || null,
  }
}

export interface ChangeValues {
  planYear: number
  status: EnrolmentStatus
  enrolledOn: string | null
  note: string
}

/** Recording that a planned organization enrolled: ENROLLED today, its year and note kept. */
export function recordEnrolmentValues(enrolment: Pick<Enrolment, 'planYear' | 'note' | 'enrolledOn'>, today: string): ChangeValues {
  return { planYear: enrolment.planYear, status: 'ENROLLED', enrolledOn: enrolment.enrolledOn ?? today, note: enrolment.note ?? '' }
}

export function toEnrolmentChange(values: ChangeValues): EnrolmentChange {
  return {
    planYear: values.planYear,
    status: values.status,
    enrolledOn: enrolledOnFor(values.status, values.enrolledOn),
    note: values.note.trim() || null,
  }
}
