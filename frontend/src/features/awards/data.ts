import { queryParams, type QueryParams } from '@/lib/ui/query-filters'
import type {
  Award,
  AwardForm,
  AwardKind,
  AwardRateRow,
  AwardSearch,
  Evaluation,
  EvaluationKind,
  OrganizationType,
  SpotCheckDue,
  SpotCheckSearch,
} from './api/types'

/** The steps in the order of the title's life: 授牌, 滑坡警告 (a holder slipping), 摘牌. */
export const AWARD_KINDS: readonly AwardKind[] = ['AWARDED', 'WARNED', 'REVOKED']

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function kindTagType(kind: AwardKind): TagType {
  switch (kind) {
    case 'AWARDED':
      return 'success'
    case 'WARNED':
      return 'warning'
    default:
      return 'danger'
  }
}

/** Steps in the order the server applies them: by day, then by the order they were recorded. */
function chronological(a: Pick<Award, 'occurredOn' | 'id'>, b: Pick<Award, 'occurredOn' | 'id'>): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1
  return a.id - b.id
}

/** Where an organization stands: holding the title, and warned since it was awarded (AwardPolicy.Standing). */
export interface Standing {
  holding: boolean
  warned: boolean
  /** The award it holds the title by, while holding. */
  awardedOn?: string
  /** Lost the title (摘牌) and not awarded again. */
  revoked: boolean
}

/** The standing after an organization's history (any order: it is read oldest first). */
export function standingOf(history: readonly Pick<Award, 'kind' | 'occurredOn' | 'id'>[]): Standing {
  const standing: Standing = { holding: false, warned: false, revoked: false }
  for (const step of [...history].sort(chronological)) {
    switch (step.kind) {
      case 'AWARDED':
        Object.assign(standing, { holding: true, warned: false, revoked: false, awardedOn: step.occurredOn })
        break
      case 'WARNED':
        standing.warned = true
        break
      case 'REVOKED':
        Object.assign(standing, { holding: false, warned: false, revoked: true, awardedOn: undefined })
        break
    }
  }
  return standing
}

export type StandingKey = 'none' | 'holding' | 'warned' | 'revoked'

/** The standing as one word for a tag: 未获授牌, 五好关工组织, 滑坡警告 or 已摘牌. */
export function standingKey(standing: Standing): StandingKey {
  if (standing.holding) return standing.warned ? 'warned' : 'holding'
  return standing.revoked ? 'revoked' : 'none'
}

/**
 * The steps the server allows from a standing (AwardPolicy): 授牌 when not holding; 滑坡警告 when
 * holding (again too); 摘牌 only after a warning.
 */
export function offeredSteps(standing: Standing): AwardKind[] {
  if (!standing.holding) return ['AWARDED']
  return standing.warned ? ['WARNED', 'REVOKED'] : ['WARNED']
}

/** A warning or a revocation rests on a failed 抽查 or 复查. */
const CHECK_KINDS: readonly EvaluationKind[] = ['SPOT_CHECK', 'RECHECK']

/**
 * The confirmed evaluations a step may rest on, only those on a 五好 sheet (templateKind FIVE_GOOD,
 * not a 党建带关工 one): 授牌 a passing one, 滑坡警告 and 摘牌 a failed spot check or recheck; never
 * one that already backs a step (`used`). Order kept (newest first).
 */
export function evaluationsFor(
  kind: AwardKind | undefined,
  evaluations: readonly Evaluation[],
  used: ReadonlySet<number>,
): Evaluation[] {
  if (!kind) return []
  return evaluations.filter((e) => {
    if (e.status !== 'CONFIRMED' || e.templateKind !== 'FIVE_GOOD' || used.has(e.id)) return false
    return kind === 'AWARDED' ? e.passed : !e.passed && CHECK_KINDS.includes(e.kind)
  })
}

/** The evaluations already backing a step of the history: each backs one step only. */
export function usedEvaluations(history: readonly Pick<Award, 'evaluationId'>[]): Set<number> {
  return new Set(history.map((a) => a.evaluationId))
}

/** Today's holders (their awards) and whether each was warned since: a 滑坡警告 of its organization after the award. */
export interface Holder {
  award: Award
  warned: boolean
}

export function holdersWithWarnings(awards: readonly Award[], warnings: readonly Award[]): Holder[] {
  return awards.map((award) => ({
    award,
    warned: warnings.some((w) => w.organizationId === award.organizationId && chronological(w, award) > 0),
  }))
}

/** The history oldest first (each step names its evaluation: kind, day, total, passed). */
export function oldestFirst(history: readonly Award[]): Award[] {
  return [...history].sort(chronological)
}

/** The board's filters as the user set them. */
export interface AwardFilters {
  /** An organization whose subtree is shown. */
  within: number | undefined
  /** Steps of one kind only (the steps tab). */
  kind: AwardKind | undefined
}

export const EMPTY_FILTERS: AwardFilters = { within: undefined, kind: undefined }

/** The filters in the address, named as the API's (/awards?within=13, linked from the dashboard). */
export const QUERY_PARAMS: QueryParams<AwardFilters> = { within: queryParams.id, kind: queryParams.oneOf(AWARD_KINDS) }

/** The board's tabs: 五好关工组织 (holders), 授牌与摘牌 (every step), 抽查安排 (spot checks). */
export const BOARD_TABS = ['holders', 'steps', 'spot-checks'] as const
export type BoardTab = (typeof BOARD_TABS)[number]

/** The first year titles were awarded: the first three-year plan. */
export const FIRST_TITLE_YEAR = 2011

/** What the board shows besides its filters: the tab and the spot checks' year, also in the address (?tab=spot-checks&year=2016). */
export interface BoardView {
  tab: BoardTab
  year: number
}

export function boardViewParams(thisYear: number): QueryParams<BoardView> {
  return { tab: queryParams.oneOf(BOARD_TABS), year: queryParams.integer(FIRST_TITLE_YEAR, thisYear) }
}

/** The query of GET /awards: empty filters left out; pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: AwardFilters, tab: 'holders' | 'steps', page: number, size: number): AwardSearch {
  const query: AwardSearch = { page: Math.max(0, page - 1), size }
  if (filters.within !== undefined) query.within = filters.within
  if (tab === 'holders') query.holders = true
  else if (filters.kind) query.kind = filters.kind
  return query
}

/** The dialog's fields, also the JSON properties whose server errors it shows beside them. */
export const DECIDE_FIELDS = ['organizationId', 'kind', 'evaluationId', 'occurredOn', 'decidedBy', 'reason'] as const
export type DecideField = (typeof DECIDE_FIELDS)[number]

export interface DecideValues {
  organizationId: number | undefined
  kind: AwardKind | undefined
  evaluationId: number | undefined
  occurredOn: string
  decidedBy: string
  reason: string
}

export function emptyDecideValues(today: string, decidedBy: string, organizationId?: number): DecideValues {
  return { organizationId, kind: undefined, evaluationId: undefined, occurredOn: today, decidedBy, reason: '' }
}

/**
 * The request body. Missing required values are sent as they are (empty) so the server names them;
 * so is a revocation without a reason (the server's 400 names `reason`).
 */
export function toAwardForm(values: DecideValues): AwardForm {
  return {
    organizationId: values.organizationId as number,
    kind: values.kind as AwardKind,
    evaluationId: values.evaluationId as number,
    occurredOn: values.occurredOn,
    decidedBy: values.decidedBy.trim(),
    reason: values.reason.trim() || null,
  }
}

// ---- rates (授牌率) ----

/** The 五好 basic organizations in the order the report counts them: committees, villages, communities, schools. */
const TYPE_ORDER: readonly OrganizationType[] = ['TOWNSHIP_COMMITTEE', 'VILLAGE_GROUP', 'COMMUNITY_GROUP', 'SCHOOL_GROUP', 'CITY_COMMITTEE']

/** The rows by type in the report's order, types with nothing enrolled nor awarded left out. */
export function rateRows(rows: readonly AwardRateRow[]): AwardRateRow[] {
  const order = (t: OrganizationType) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length)
  return rows.filter((r) => r.enrolled > 0 || r.awarded > 0).sort((a, b) => order(a.organizationType) - order(b.organizationType))
}

/**
 * The rates as bar-chart data: a category per type, enrolled and awarded bars; the awarded bar is
 * labelled with its rate (67（77%）). `typeLabel`, `awardedLabel` and `percent` make the texts.
 */
export function rateSeries(
  rows: readonly AwardRateRow[],
  typeLabel: (type: OrganizationType) => string,
  awardedLabel: (row: AwardRateRow) => string,
): { categories: string[]; enrolled: number[]; awarded: number[]; awardedLabels: string[] } {
  const sorted = rateRows(rows)
  return {
    categories: sorted.map((r) => typeLabel(r.organizationType)),
    enrolled: sorted.map((r) => r.enrolled),
    awarded: sorted.map((r) => r.awarded),
    awardedLabels: sorted.map(awardedLabel),
  }
}

// ---- 抽查安排 ----

/** The spot-check tab's filters. */
export interface SpotCheckFilters {
  year: number
  overdueOnly: boolean
}

export function toSpotCheckQuery(filters: SpotCheckFilters, within: number | undefined, page: number, size: number): SpotCheckSearch {
  const query: SpotCheckSearch = { year: filters.year, page: Math.max(0, page - 1), size }
  if (within !== undefined) query.within = within
  if (filters.overdueOnly) query.overdueOnly = true
  return query
}

/** A half-year's spot check: done, due (the half not over yet), overdue (it ended without one), or not due (no title then). */
export type HalfState = 'done' | 'due' | 'overdue' | 'notDue'

/** Both half-years of a holder's year as of a day ('YYYY-MM-DD'): 上半年 ends 06-30, 下半年 12-31. */
export function halfStates(
  row: Pick<SpotCheckDue, 'firstHalfDue' | 'firstHalfDone' | 'secondHalfDue' | 'secondHalfDone'>,
  year: number,
  asOf: string,
): { first: HalfState; second: HalfState } {
  const state = (due: boolean, done: boolean, halfEnd: string): HalfState => {
    if (done) return 'done'
    if (!due) return 'notDue'
    return asOf > halfEnd ? 'overdue' : 'due'
  }
  return {
    first: state(row.firstHalfDue, row.firstHalfDone, `${year}-06-30`),
    second: state(row.secondHalfDue, row.secondHalfDone, `${year}-12-31`),
  }
}
