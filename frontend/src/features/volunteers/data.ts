import { PROBLEM_TYPES, toFieldErrors, type Problem } from '@/lib/api/problem'
import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type {
  EligibilityRule,
  Gender,
  HonorLevel,
  Residence,
  TeamType,
  Volunteer,
  VolunteerCategory,
  VolunteerForm,
  VolunteerSearch,
  VolunteerStatus,
} from './api/types'

export const CATEGORIES: readonly VolunteerCategory[] = [
  'VETERAN_CADRE', // 老干部
  'VETERAN_SOLDIER', // 老战士
  'VETERAN_EXPERT', // 老专家
  'VETERAN_TEACHER', // 老教师
  'VETERAN_MODEL', // 老模范
  'OTHER',
]
export const STATUSES: readonly VolunteerStatus[] = [
  'ACTIVE', // 在册
  'MOVED_TO_TOWN', // 进城养老
  'ACCOMPANYING_STUDY', // 陪读
  'WORKING_AWAY', // 外出务工
  'WITHDRAWN', // 退出
  'DECEASED', // 已故
]
export const RESIDENCES: readonly Residence[] = ['RURAL', 'URBAN']

/** 五老工作组织 types, as the teams pages order them; the record makes the list complete. */
const TEAM_TYPE_ORDER: Record<TeamType, number> = { CARE: 0, LECTURE: 1, ART: 2, OTHER: 3 }
export const TEAM_TYPES = (Object.keys(TEAM_TYPE_ORDER) as TeamType[]).sort(
  (a, b) => TEAM_TYPE_ORDER[a] - TEAM_TYPE_ORDER[b],
)

/** 典型 levels, highest first. */
const HONOR_LEVEL_ORDER: Record<HonorLevel, number> = {
  NATIONAL: 0,
  PROVINCIAL: 1,
  PREFECTURE: 2,
  CITY_PARTY_GOVERNMENT: 3,
  CITY_COMMITTEE: 4,
  TOWNSHIP: 5,
}
export const HONOR_LEVELS = (Object.keys(HONOR_LEVEL_ORDER) as HonorLevel[]).sort(
  (a, b) => HONOR_LEVEL_ORDER[a] - HONOR_LEVEL_ORDER[b],
)
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE']

/** The form's fields, also the JSON properties whose server errors it shows beside them. */
export const FORM_FIELDS = [
  'organizationId',
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'idCardNumber',
  'mobile',
  'residence',
  'categories',
  'formerOccupation',
  'specialties',
  'politicalStatus',
  'health',
  'joinedOn',
  'eligibilityOverrideReason',
] as const
export type FormField = (typeof FORM_FIELDS)[number]

export const STATUS_FIELDS = ['status', 'changedOn', 'reason'] as const
export type StatusField = (typeof STATUS_FIELDS)[number]

/** The problem types of a refused registration. */
export const VOLUNTEER_PROBLEMS = {
  /** The ID card number is registered already: `existing` points at that record. */
  conflict: 'urn:xinhuo:problem:conflict',
  /** Same name and birth date in the township: the user may confirm it is another person. */
  possibleDuplicate: 'urn:xinhuo:problem:possible-duplicate',
} as const

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function statusTagType(status: VolunteerStatus): TagType {
  switch (status) {
    case 'ACTIVE':
      return 'success'
    case 'WITHDRAWN':
      return 'info'
    case 'DECEASED':
      return 'danger'
    default:
      return 'warning'
  }
}

/** The list's filters as the user set them. */
export interface VolunteerFilters {
  q: string
  category: VolunteerCategory | undefined
  status: VolunteerStatus | undefined
  residence: Residence | undefined
  minAge: number | undefined
  maxAge: number | undefined
  /** An organization whose subtree is searched. */
  within: number | undefined
  /** Current members of a team of this type. */
  teamType: TeamType | undefined
  /** Honoured (典型) at this level. */
  honorLevel: HonorLevel | undefined
  /** true: only 典型; false: only those never honoured. */
  honored: boolean | undefined
}

export const EMPTY_FILTERS: VolunteerFilters = {
  q: '',
  category: undefined,
  status: undefined,
  residence: undefined,
  minAge: undefined,
  maxAge: undefined,
  within: undefined,
  teamType: undefined,
  honorLevel: undefined,
  honored: undefined,
}

/** The filters in the address, named as the API's (/volunteers?within=13&residence=RURAL, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<VolunteerFilters> = {
  q: queryParams.text,
  category: queryParams.oneOf(CATEGORIES),
  status: queryParams.oneOf(STATUSES),
  residence: queryParams.oneOf(RESIDENCES),
  minAge: queryParams.integer(0, 150),
  maxAge: queryParams.integer(0, 150),
  within: queryParams.id,
  teamType: queryParams.oneOf(TEAM_TYPES),
  honorLevel: queryParams.oneOf(HONOR_LEVELS),
  honored: queryParams.boolean,
}

/** The team whose current members the list shows (/volunteers?teamId=N, linked from a team page). */
export function teamIdOf(query: unknown): number | undefined {
  const value = Array.isArray(query) ? query[0] : query
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}

const present = (n: number | null | undefined): number | undefined =>
  typeof n === 'number' && Number.isFinite(n) ? n : undefined

/** The query of GET /volunteers: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(
  filters: VolunteerFilters,
  page: number,
  size: number,
  teamId?: number,
): VolunteerSearch {
  const query: VolunteerSearch = { page: Math.max(0, page - 1), size, sort: 'name,asc' }
  const q = filters.q.trim()
  if (q) query.q = q
  if (filters.category) query.category = filters.category
  if (filters.status) query.status = filters.status
  if (filters.residence) query.residence = filters.residence
  let min = present(filters.minAge)
  let max = present(filters.maxAge)
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min]
  if (min !== undefined) query.minAge = min
  if (max !== undefined) query.maxAge = max
  if (filters.within !== undefined) query.within = filters.within
  if (filters.teamType) query.teamType = filters.teamType
  if (filters.honorLevel) query.honorLevel = filters.honorLevel
  if (typeof filters.honored === 'boolean') query.honored = filters.honored
  if (teamId !== undefined) query.teamId = teamId
  return query
}

/** The id at the end of a record path such as /api/v1/volunteers/42. */
export function existingVolunteerId(path: string | undefined): number | undefined {
  const match = path?.match(/\/volunteers\/(\d+)\/?$/)
  return match ? Number(match[1]) : undefined
}

export type SaveRefusal =
  /** Messages beside the fields; `existingId` links the record holding the same ID card number. */
  | { kind: 'fields'; fields: Partial<Record<FormField, string>>; others: string[]; existingId?: number }
  /** Ask whether it is another person; resubmit with confirmPossibleDuplicate. */
  | { kind: 'possibleDuplicate'; message: string; existingId?: number }
  | { kind: 'other' }

/** What a refused save means for the form, from its problem details. */
export function classifySaveProblem(problem: Problem): SaveRefusal {
  const message = problem.detail || problem.title || ''
  if (problem.status === 409 && problem.type === VOLUNTEER_PROBLEMS.possibleDuplicate) {
    return { kind: 'possibleDuplicate', message, existingId: existingVolunteerId(problem.existing) }
  }
  if (problem.status === 409 && problem.type === VOLUNTEER_PROBLEMS.conflict) {
    const { fields, others } = toFieldErrors(problem, FORM_FIELDS)
    if (!fields.idCardNumber) fields.idCardNumber = message
    return {
      kind: 'fields',
      fields,
      others: others.map((e) => e.message),
      existingId: existingVolunteerId(problem.existing),
    }
  }
  if (problem.status === 400 && problem.errors?.length) {
    const { fields, others } = toFieldErrors(problem, FORM_FIELDS)
    return { kind: 'fields', fields, others: others.map((e) => `${e.field}: ${e.message}`) }
  }
  return { kind: 'other' }
}

/** The form's values as typed; text fields are '' when empty. */
export interface FormValues {
  organizationId: number | undefined
  name: string
  gender: Gender | undefined
  birthDate: string
  ethnicity: string
  idCardNumber: string
  mobile: string
  residence: Residence | undefined
  categories: VolunteerCategory[]
  formerOccupation: string
  specialties: string
  politicalStatus: string
  health: string
  joinedOn: string
  eligibilityOverrideReason: string
}

export function emptyFormValues(): FormValues {
  return {
    organizationId: undefined,
    name: '',
    gender: undefined,
    birthDate: '',
    ethnicity: '',
    idCardNumber: '',
    mobile: '',
    residence: undefined,
    categories: [],
    formerOccupation: '',
    specialties: '',
    politicalStatus: '',
    health: '',
    joinedOn: '',
    eligibilityOverrideReason: '',
  }
}

/** Editing: the record's values, with the unmasked numbers when the user may read them. */
export function formValuesOf(v: Volunteer, numbers?: { idCardNumber: string | null; mobile: string | null }): FormValues {
  return {
    organizationId: v.organizationId,
    name: v.name,
    gender: v.gender,
    birthDate: v.birthDate,
    ethnicity: v.ethnicity ?? '',
    idCardNumber: numbers?.idCardNumber ?? '',
    mobile: numbers?.mobile ?? '',
    residence: v.residence,
    categories: [...v.categories],
    formerOccupation: v.formerOccupation ?? '',
    specialties: v.specialties ?? '',
    politicalStatus: v.politicalStatus ?? '',
    health: v.health ?? '',
    joinedOn: v.joinedOn ?? '',
    eligibilityOverrideReason: v.eligibilityOverrideReason ?? '',
  }
}

const optional = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/**
 * The request body. Missing required values are sent as they are (empty) so the server names them.
 * The ID card and mobile numbers: a number the user could not see (hidden) and left empty is sent
 * as null, which keeps the stored one; an empty visible field is sent as '', which clears it.
 */
export function toVolunteerForm(
  values: FormValues,
  confirmPossibleDuplicate: boolean,
  hidden: { idCardNumber?: string | null; mobile?: string | null } | null = null,
): VolunteerForm {
  const number = (value: string, isHidden: boolean) => optional(value) ?? (isHidden ? null : '')
  return {
    organizationId: values.organizationId as number,
    name: values.name.trim(),
    gender: values.gender as Gender,
    birthDate: values.birthDate,
    ethnicity: optional(values.ethnicity),
    idCardNumber: number(values.idCardNumber, !!hidden?.idCardNumber)?.toUpperCase() ?? null,
    mobile: number(values.mobile, !!hidden?.mobile),
    residence: values.residence as Residence,
    categories: [...values.categories],
    formerOccupation: optional(values.formerOccupation),
    specialties: optional(values.specialties),
    politicalStatus: optional(values.politicalStatus),
    health: optional(values.health),
    joinedOn: optional(values.joinedOn),
    eligibilityOverrideReason: optional(values.eligibilityOverrideReason),
    confirmPossibleDuplicate,
  }
}

/** The thresholds in force on `today` (YYYY-MM-DD): the latest rule per residence and gender. */
export function currentThresholds(
  rules: readonly EligibilityRule[],
  today: string,
): Partial<Record<`${Residence}-${Gender}`, number>> {
  const latest = new Map<string, EligibilityRule>()
  for (const rule of rules) {
    if (rule.effectiveFrom > today) continue
    const key = `${rule.residence}-${rule.gender}`
    const seen = latest.get(key)
    if (!seen || seen.effectiveFrom < rule.effectiveFrom) latest.set(key, rule)
  }
  const result: Partial<Record<`${Residence}-${Gender}`, number>> = {}
  for (const [key, rule] of latest) result[key as `${Residence}-${Gender}`] = rule.minAge
  return result
}
