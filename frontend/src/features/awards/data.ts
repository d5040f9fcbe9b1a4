import type { Award, AwardForm, AwardKind, AwardSearch, Evaluation, EvaluationKind } from './api/types'

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

/**
 * The evaluation kinds of the 五好 cycle (自查, 抽查, 复查); 半年初评 and 年终总评 belong to the
 * 党建带关工 sheets. The evaluation view does not name its sheet's kind, so this is how the dialog
 * leaves those out; the server still refuses a sheet that is not a 五好 one.
 */
const FIVE_GOOD_KINDS: readonly EvaluationKind[] = ['SELF_CHECK', 'SPOT_CHECK', 'RECHECK']
/** A warning or a revocation rests on a failed 抽查 or 复查. */
const CHECK_KINDS: readonly EvaluationKind[] = ['SPOT_CHECK', 'RECHECK']

/**
 * The confirmed evaluations a step may rest on: 授牌 a passing 五好 evaluation, 滑坡警告 and 摘牌 a
 * failed spot check or recheck; never one that already backs a step (`used`). Order kept (newest first).
 */
export function evaluationsFor(
  kind: AwardKind | undefined,
  evaluations: readonly Evaluation[],
  used: ReadonlySet<number>,
): Evaluation[] {
  if (!kind) return []
  return evaluations.filter((e) => {
    if (e.status !== 'CONFIRMED' || used.has(e.id)) return false
    return kind === 'AWARDED' ? e.passed && FIVE_GOOD_KINDS.includes(e.kind) : !e.passed && CHECK_KINDS.includes(e.kind)
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

/** A step of the history with the evaluation behind it, when the organization's confirmed evaluations hold it. */
export interface TimelineEntry {
  step: Award
  evaluation: Evaluation | undefined
}

/** The history oldest first, each step beside its evaluation. */
export function titleTimeline(history: readonly Award[], evaluations: readonly Evaluation[]): TimelineEntry[] {
  const byId = new Map(evaluations.map((e) => [e.id, e]))
  return [...history].sort(chronological).map((step) => ({ step, evaluation: byId.get(step.evaluationId) }))
}

/** The board's filters as the user set them. */
export interface AwardFilters {
  /** An organization whose subtree is shown. */
  within: number | undefined
  /** Steps of one kind only (the steps tab). */
  kind: AwardKind | undefined
}

export const EMPTY_FILTERS: AwardFilters = { within: undefined, kind: undefined }

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
