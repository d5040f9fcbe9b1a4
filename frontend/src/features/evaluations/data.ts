import { addPoints } from '@/lib/ui/points'
import type {
  Evaluation,
  EvaluationForm,
  EvaluationKind,
  EvaluationSearch,
  EvaluationStatus,
  ScoreSheet,
  SheetCriterion,
  SheetItem,
  TemplateKind,
} from './api/types'

export const EVALUATION_KINDS: readonly EvaluationKind[] = [
  'SELF_CHECK', // 自查
  'SPOT_CHECK', // 抽查
  'RECHECK', // 复查（回头看）
  'HALF_YEAR_PRELIMINARY', // 半年初评
  'YEAR_END_OVERALL', // 年终总评
]

export const EVALUATION_STATUSES: readonly EvaluationStatus[] = ['DRAFT', 'SUBMITTED', 'CONFIRMED']

/** The kinds each sheet is used for: the 五好 cycle, and the 党建带关工 half-year and year-end results. */
export function kindsFor(sheetKind: TemplateKind | undefined): readonly EvaluationKind[] {
  switch (sheetKind) {
    case 'FIVE_GOOD':
      return ['SELF_CHECK', 'SPOT_CHECK', 'RECHECK']
    case 'PARTY_BUILDING':
      return ['HALF_YEAR_PRELIMINARY', 'YEAR_END_OVERALL']
    default:
      return EVALUATION_KINDS
  }
}

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function statusTagType(status: EvaluationStatus | undefined): TagType {
  switch (status) {
    case 'CONFIRMED':
      return 'success'
    case 'SUBMITTED':
      return 'primary'
    default:
      return 'warning'
  }
}

/** Only a DRAFT is scored; a submitted or confirmed evaluation is read. */
export function isEditable(status: EvaluationStatus | undefined): boolean {
  return status === 'DRAFT'
}

/** The button a status offers next: 提交 a draft, 确认 a submitted one; nothing after. */
export function nextStep(status: EvaluationStatus | undefined): EvaluationStatus | undefined {
  if (status === 'DRAFT') return 'SUBMITTED'
  if (status === 'SUBMITTED') return 'CONFIRMED'
  return undefined
}

// ---- the list ----------------------------------------------------------------------------------

export interface EvaluationFilters {
  organizationId: number | undefined
  /** With the organization: its whole subtree (within), or that organization only. */
  includeSubtree: boolean
  kind: EvaluationKind | undefined
  status: EvaluationStatus | undefined
}

export const EMPTY_FILTERS: EvaluationFilters = {
  organizationId: undefined,
  includeSubtree: true,
  kind: undefined,
  status: undefined,
}

/** The query of GET /evaluations: pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: EvaluationFilters, page: number, size: number): EvaluationSearch {
  const query: EvaluationSearch = { page: Math.max(0, page - 1), size }
  if (filters.organizationId !== undefined) {
    if (filters.includeSubtree) query.within = filters.organizationId
    else query.organizationId = filters.organizationId
  }
  if (filters.kind) query.kind = filters.kind
  if (filters.status) query.status = filters.status
  return query
}

// ---- scoring -----------------------------------------------------------------------------------

/** The points the stepper adds or takes. */
export const STEP = 0.5

/** An item's score being entered; null while not scored (counts 0, as on the server). */
export interface ScoreEntry {
  score: number | null
  /** The item's comment, kept as it came. */
  comment: string | null
}

/** The entries by item code. */
export type ScoreEntries = Record<string, ScoreEntry>

/** Every item of the sheet with the evaluation's score for it, if any. */
export function scoreEntries(sheet: Pick<ScoreSheet, 'criteria'>, scores: Evaluation['scores']): ScoreEntries {
  const given = new Map((scores ?? []).map((s) => [s.code.trim(), s]))
  const entries: ScoreEntries = {}
  for (const criterion of sheet.criteria ?? []) {
    for (const item of criterion.items) {
      const score = given.get(item.code.trim())
      entries[item.code] = { score: score?.score ?? null, comment: score?.comment ?? null }
    }
  }
  return entries
}

/** The next value of a stepper: 0 … max in steps of 0.5 (a value off the steps goes to the nearest step). */
export function stepScore(value: number | null, delta: number, max: number): number {
  const next = Math.round(((value ?? 0) + delta) / STEP) * STEP
  return Math.min(max, Math.max(0, next))
}

export function isOverMax(item: Pick<SheetItem, 'maxPoints'>, entry: ScoreEntry | undefined): boolean {
  return entry !== undefined && entry.score !== null && entry.score > item.maxPoints
}

export interface CriterionScore {
  points: number
  maxPoints: number
  /** Reaches the per-criterion minimum (always, without one). */
  passed: boolean
  scored: number
  items: number
}

export interface ScoreTotals {
  criteria: CriterionScore[]
  total: number
  maxTotal: number
  passed: boolean
  scored: number
  items: number
}

/** A criterion's subtotal while scoring. */
export function criterionScore(
  criterion: SheetCriterion,
  entries: ScoreEntries,
  passPerCriterion: number | null | undefined,
): CriterionScore {
  const scores = criterion.items.map((i) => entries[i.code]?.score ?? null)
  const points = addPoints(scores)
  return {
    points,
    maxPoints: criterion.maxPoints,
    passed: passPerCriterion === null || passPerCriterion === undefined || points >= passPerCriterion,
    scored: scores.filter((s) => s !== null).length,
    items: scores.length,
  }
}

/**
 * The totals as the server will compute them (ScoringPolicy.score): unscored items count 0; passed
 * with at least the pass total and, when the sheet sets one, the per-criterion minimum everywhere.
 */
export function scoreTotals(
  sheet: Pick<ScoreSheet, 'criteria' | 'passTotal' | 'passPerCriterion'>,
  entries: ScoreEntries,
): ScoreTotals {
  const criteria = (sheet.criteria ?? []).map((c) => criterionScore(c, entries, sheet.passPerCriterion))
  const total = addPoints(criteria.map((c) => c.points))
  return {
    criteria,
    total,
    maxTotal: addPoints(criteria.map((c) => c.maxPoints)),
    passed: criteria.every((c) => c.passed) && total >= (sheet.passTotal ?? 0),
    scored: criteria.reduce((n, c) => n + c.scored, 0),
    items: criteria.reduce((n, c) => n + c.items, 0),
  }
}

/** The body of PUT with the codes of its scores in order, to put the server's scores[i] errors back at their items. */
export function toEvaluationForm(
  evaluation: Evaluation,
  entries: ScoreEntries,
  comment: string,
): { form: EvaluationForm; codes: string[] } {
  const codes = Object.keys(entries).filter((code) => entries[code]!.score !== null)
  return {
    form: {
      organizationId: evaluation.organizationId!,
      templateId: evaluation.templateId!,
      kind: evaluation.kind!,
      evaluatedOn: evaluation.evaluatedOn!,
      evaluators: evaluation.evaluators ?? null,
      scores: codes.map((code) => ({ code, score: entries[code]!.score!, comment: entries[code]!.comment })),
      comment: comment.trim() || null,
    },
    codes,
  }
}

/**
 * A refused save's errors (by normalized path): those of `scores[i]` at the item whose code went
 * i-th, the others by their path (comment, evaluators, templateId …).
 */
export function scoreErrors(
  byPath: Record<string, string>,
  codes: readonly string[],
): { byCode: Record<string, string>; others: Record<string, string> } {
  const byCode: Record<string, string> = {}
  const others: Record<string, string> = {}
  for (const [path, message] of Object.entries(byPath)) {
    const m = /^scores\[(\d+)\]/.exec(path)
    const code = m ? codes[Number(m[1])] : undefined
    if (code !== undefined) byCode[code] = byCode[code] ? `${byCode[code]}; ${message}` : message
    else others[path] = message
  }
  return { byCode, others }
}

/** The scores as the server last had them, to tell whether there is anything to save. */
export function sameScores(a: ScoreEntries, b: ScoreEntries): boolean {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...codes].every((code) => (a[code]?.score ?? null) === (b[code]?.score ?? null))
}

/** The criteria (by position) holding any of these item codes: the panels to open to show their errors. */
export function criteriaWith(sheet: Pick<ScoreSheet, 'criteria'>, codes: readonly string[]): number[] {
  const wanted = new Set(codes)
  return (sheet.criteria ?? []).flatMap((c, index) => (c.items.some((i) => wanted.has(i.code)) ? [index] : []))
}
