import { BENEFICIARY_FIELDS, toBeneficiaryForm, type BeneficiaryValues } from '@/lib/beneficiaries/beneficiary-form'
import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type {
  ActivityForm,
  ActivityKind,
  Pair,
  PairForm,
  PairOutcome,
  PairSearch,
  PairStatus,
  PairTransition,
  PairType,
  PairUpdate,
  ServiceHoursRow,
} from './api/types'

export const PAIR_STATUSES: readonly PairStatus[] = ['PROPOSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED']

export const PAIR_TYPES: readonly PairType[] = [
  'AGRICULTURAL_GUIDANCE', // 农技指导
  'LEFT_BEHIND_CARE', // 留守儿童关爱
  'POVERTY_RELIEF', // 帮困
  'STUDY_HELP', // 助学
  'MORAL_GUIDANCE', // 思想引导
]

/** The kinds in the order the quick record shows them: field work first, then visits and calls. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'HOME_VISIT', // 走访
  'PHONE_CALL', // 电话联系
  'SPRING_SOWING', // 春播指导
  'CULTIVATION', // 中耕指导
  'HARVEST', // 秋收
  'SCHOOL_TRANSPORT', // 接送上学
  'TUTORING', // 辅导功课
  'OTHER',
]

export const PAIR_OUTCOMES: readonly PairOutcome[] = ['LIFTED_OUT_OF_POVERTY', 'SKILLED_FARMER', 'SCHOOL_PROGRESS', 'OTHER']

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function statusTagType(status: PairStatus | undefined): TagType {
  switch (status) {
    case 'ACTIVE':
      return 'success'
    case 'PROPOSED':
      return 'primary'
    case 'PAUSED':
      return 'warning'
    case 'ENDED':
      return 'danger'
    default:
      return 'info'
  }
}

/** A lifecycle button: the step it takes and its label key (pair.lifecycle.<action>). */
export type LifecycleAction = 'activate' | 'pause' | 'resume' | 'complete' | 'end'
export interface LifecycleStep {
  action: LifecycleAction
  to: PairStatus
}

/**
 * The steps from a status, as PairLifecyclePolicy has them: PROPOSED → ACTIVE ⇄ PAUSED → COMPLETED
 * or ENDED; a proposal may be dropped (ENDED); COMPLETED and ENDED are final.
 */
export function lifecycleSteps(status: PairStatus | undefined): LifecycleStep[] {
  switch (status) {
    case 'PROPOSED':
      return [
        { action: 'activate', to: 'ACTIVE' },
        { action: 'end', to: 'ENDED' },
      ]
    case 'ACTIVE':
      return [
        { action: 'pause', to: 'PAUSED' },
        { action: 'complete', to: 'COMPLETED' },
        { action: 'end', to: 'ENDED' },
      ]
    case 'PAUSED':
      return [
        { action: 'resume', to: 'ACTIVE' },
        { action: 'complete', to: 'COMPLETED' },
        { action: 'end', to: 'ENDED' },
      ]
    default:
      return []
  }
}

/** The list's filters as the user set them. */
export interface PairFilters {
  status: PairStatus | undefined
  type: PairType | undefined
  /** An organization whose subtree is searched. */
  within: number | undefined
}

export const EMPTY_FILTERS: PairFilters = { status: undefined, type: undefined, within: undefined }

/** The filters in the address, named as the API's (/pairs?within=13, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<PairFilters> = {
  status: queryParams.oneOf(PAIR_STATUSES),
  type: queryParams.oneOf(PAIR_TYPES),
  within: queryParams.id,
}

/** The query of GET /pairs: empty filters are left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: PairFilters, page: number, size: number): PairSearch {
  const query: PairSearch = { page: Math.max(0, page - 1), size }
  if (filters.status) query.status = filters.status
  if (filters.type) query.type = filters.type
  if (filters.within !== undefined) query.within = filters.within
  return query
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'), counted on the calendar (no clock, no DST). */
export function daysBetween(from: string, to: string): number {
  const a = DAY.exec(from)
  const b = DAY.exec(to)
  if (!a || !b) return 0
  const utc = (m: RegExpExecArray) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Math.round((utc(b) - utc(a)) / 86_400_000)
}

/** How long a pair has been silent on `today`: since its last activity, or since it started when it has none. */
export function daysSilent(pair: Pick<Pair, 'lastActivityOn' | 'startedOn'>, today: string): number {
  const since = pair.lastActivityOn ?? pair.startedOn
  return since ? Math.max(0, daysBetween(since, today)) : 0
}

/** The star ratings of volunteer service in China: tier 1–5 from 100 / 300 / 600 / 1000 / 1500 hours, 0 below. */
export const TIER_THRESHOLDS = [100, 300, 600, 1000, 1500] as const

export function tierOf(hours: number): number {
  return TIER_THRESHOLDS.filter((threshold) => hours >= threshold).length
}

/** The badge of a tier: ★ per star, '' for none. */
export function tierStars(tier: number | undefined): string {
  const n = Math.max(0, Math.min(5, Math.trunc(tier ?? 0)))
  return '★'.repeat(n)
}

export function tierTagType(tier: number | undefined): TagType {
  const n = tier ?? 0
  if (n >= 4) return 'danger'
  if (n >= 2) return 'warning'
  return n >= 1 ? 'success' : 'info'
}

/** The rows the chart shows: the `n` with the most hours, most first. */
export function topByHours(rows: readonly ServiceHoursRow[], n = 10): ServiceHoursRow[] {
  return [...rows].sort((a, b) => (b.hours ?? 0) - (a.hours ?? 0)).slice(0, n)
}

/** Hours as people write them: up to two decimals, no trailing zeros. */
export function formatHours(hours: number | undefined | null): string {
  if (hours === undefined || hours === null) return '0'
  return String(Math.round(hours * 100) / 100)
}

// ---------------------------------------------------------------------------------------------
// Quick record (记录活动)

/** The hour chips of the quick record. */
export const HOUR_CHIPS = [1, 2, 4, 8] as const

/** The kind a user recorded last is proposed the next time: kept per user in this browser. */
const LAST_KIND_PREFIX = 'xinhuo.lastActivityKind.'

export function lastKindStorageKey(userId: number | string): string {
  return `${LAST_KIND_PREFIX}${userId}`
}

export function readLastKind(storage: Storage | undefined, userId: number | string | undefined): ActivityKind | undefined {
  if (!storage || userId === undefined) return undefined
  try {
    const saved = storage.getItem(lastKindStorageKey(userId))
    return (ACTIVITY_KINDS as readonly string[]).includes(saved ?? '') ? (saved as ActivityKind) : undefined
  } catch {
    return undefined // storage disabled by the browser's privacy settings
  }
}

export function rememberLastKind(storage: Storage | undefined, userId: number | string | undefined, kind: ActivityKind): void {
  if (!storage || userId === undefined) return
  try {
    storage.setItem(lastKindStorageKey(userId), kind)
  } catch {
    // a full or disabled storage only loses the convenience
  }
}

/** A new Idempotency-Key; crypto.randomUUID only exists in a secure context (https, localhost). */
export function newIdempotencyKey(cryptoApi: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID()
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40 // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The Idempotency-Key of one entry of the quick record. Made when the form opens; a retry of the
 * same entry (same pair and body) sends the same key, so a request that did arrive is not recorded
 * twice. Only after an attempt whose outcome is unknown (no answer) does a changed entry need a new
 * key (the server refuses a known key with another body); a refusal (4xx) recorded nothing and
 * leaves the key free. After a success the next entry gets a new key.
 */
export class EntryKey {
  private key: string
  /** What was sent with the key when its outcome is unknown; null while the key is free. */
  private pending: string | null = null

  constructor(private readonly make: () => string = newIdempotencyKey) {
    this.key = make()
  }

  get current(): string {
    return this.key
  }

  /** The key to send `entry` (a fingerprint of pair and body) with. */
  forAttempt(entry: string): string {
    if (this.pending !== null && this.pending !== entry) this.key = this.make()
    this.pending = entry
    return this.key
  }

  /** The server answered no (4xx): nothing was recorded under the key. */
  refused(): void {
    this.pending = null
  }

  /** Recorded: the next entry is another activity. */
  succeeded(): void {
    this.key = this.make()
    this.pending = null
  }
}

/** The quick record's values as typed. */
export interface RecordValues {
  pairId: number | undefined
  kind: ActivityKind | undefined
  occurredOn: string
  hours: string
  distanceKm: string
  notes: string
}

export const RECORD_FIELDS = ['pairId', 'kind', 'occurredOn', 'hours', 'distanceKm', 'notes'] as const
export type RecordField = (typeof RECORD_FIELDS)[number]

/** A decimal as typed on a phone ("2,5" too); undefined when empty or not a number. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (!trimmed) return undefined
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : undefined
}

/** The request body; a missing hour count goes as 0 so the server names it. */
export function toActivityForm(values: RecordValues): ActivityForm {
  return {
    occurredOn: values.occurredOn,
    kind: values.kind as ActivityKind,
    hours: parseDecimal(values.hours) ?? 0,
    distanceKm: parseDecimal(values.distanceKm) ?? null,
    notes: values.notes.trim() || null,
  }
}

/** What identifies one entry for its Idempotency-Key: the pair and the exact body. */
export function entryFingerprint(pairId: number, body: ActivityForm): string {
  return JSON.stringify([pairId, body])
}

/** The pair the quick record starts with: the one asked for, or the only one there is. */
export function initialPair(pairs: readonly Pick<Pair, 'id'>[], asked: number | undefined): number | undefined {
  if (asked !== undefined && pairs.some((p) => p.id === asked)) return asked
  return pairs.length === 1 ? pairs[0]?.id : undefined
}

/** A pair id from the route's query (?pairId=12). */
export function pairIdOf(query: unknown): number | undefined {
  const n = Number(typeof query === 'string' ? query : NaN)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

// ---------------------------------------------------------------------------------------------
// Create, edit, lifecycle

export const PAIR_FIELDS = ['volunteerId', 'beneficiaryId', 'beneficiary', 'type', 'goals', 'startedOn', 'plannedEndOn', 'status'] as const
export const CREATE_FIELDS = [...PAIR_FIELDS, ...BENEFICIARY_FIELDS] as const
export type CreateField = (typeof CREATE_FIELDS)[number]

export interface PairValues {
  volunteerId: number | undefined
  /** A recorded beneficiary, or a new one recorded with the pair. */
  beneficiaryMode: 'existing' | 'new'
  beneficiaryId: number | undefined
  type: PairType | undefined
  goals: string
  startedOn: string
  plannedEndOn: string
  status: 'ACTIVE' | 'PROPOSED'
}

export function emptyPairValues(today: string): PairValues {
  return {
    volunteerId: undefined,
    beneficiaryMode: 'existing',
    beneficiaryId: undefined,
    type: undefined,
    goals: '',
    startedOn: today,
    plannedEndOn: '',
    status: 'ACTIVE',
  }
}

/** The request body: either the beneficiary's id or the new one's form, never both. */
export function toPairForm(values: PairValues, beneficiary: BeneficiaryValues, today: string): PairForm {
  const existing = values.beneficiaryMode === 'existing'
  return {
    volunteerId: values.volunteerId as number,
    beneficiaryId: existing ? (values.beneficiaryId ?? null) : null,
    beneficiary: existing ? null : toBeneficiaryForm(beneficiary, today),
    type: values.type as PairType,
    goals: values.goals.trim() || null,
    startedOn: values.startedOn,
    plannedEndOn: values.plannedEndOn || null,
    status: values.status,
  }
}

export const UPDATE_FIELDS = ['type', 'goals', 'startedOn', 'plannedEndOn'] as const
export type UpdateField = (typeof UPDATE_FIELDS)[number]

export function toPairUpdate(values: Pick<PairValues, 'type' | 'goals' | 'startedOn' | 'plannedEndOn'>): PairUpdate {
  return {
    type: values.type as PairType,
    goals: values.goals.trim() || null,
    startedOn: values.startedOn,
    plannedEndOn: values.plannedEndOn || null,
  }
}

export const TRANSITION_FIELDS = ['status', 'on', 'reason', 'outcomes', 'outcomeNote'] as const
export type TransitionField = (typeof TRANSITION_FIELDS)[number]

export interface TransitionValues {
  on: string
  reason: string
  outcomes: PairOutcome[]
  outcomeNote: string
}

/** The step's body: outcomes only at completion, the reason where one was given. */
export function toTransition(to: PairStatus, values: TransitionValues): PairTransition {
  return {
    status: to,
    on: values.on,
    reason: values.reason.trim() || null,
    outcomes: to === 'COMPLETED' ? [...values.outcomes] : null,
    outcomeNote: to === 'COMPLETED' ? values.outcomeNote.trim() || null : null,
  }
}
