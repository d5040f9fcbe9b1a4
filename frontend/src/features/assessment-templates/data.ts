import { addPoints } from '@/lib/ui/points'
import type { AssessmentTemplate, AssessmentTemplateForm, TemplateKind, TemplateSearch } from './api/types'

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'FIVE_GOOD', // 五好基层关工组织
  'PARTY_BUILDING', // 党建带关工责任制
]

// ---- the list ----------------------------------------------------------------------------------

export interface TemplateFilters {
  kind: TemplateKind | undefined
  /** Only the version of each sheet that new evaluations use. */
  currentOnly: boolean
  /** An organization whose subtree's sheets are listed. */
  within: number | undefined
}

export const EMPTY_FILTERS: TemplateFilters = { kind: undefined, currentOnly: true, within: undefined }

/** The query of GET /assessment-templates: pages count from 0 there, from 1 on screen. */
export function toSearchQuery(filters: TemplateFilters, page: number, size: number): TemplateSearch {
  const query: TemplateSearch = { page: Math.max(0, page - 1), size }
  if (filters.kind) query.kind = filters.kind
  if (filters.currentOnly) query.current = true
  if (filters.within !== undefined) query.within = filters.within
  return query
}

// ---- the editor's model ------------------------------------------------------------------------

/** An item being edited; `key` keeps Vue's rows apart while items move. */
export interface ItemDraft {
  key: number
  code: string
  title: string
  maxPoints: number | null
  note: string
}

export interface CriterionDraft {
  key: number
  title: string
  maxPoints: number | null
  items: ItemDraft[]
}

export interface SheetDraft {
  organizationId: number | undefined
  kind: TemplateKind
  name: string
  /** Numbers are null while empty (as el-input-number leaves them). */
  passTotal: number | null
  passPerCriterion: number | null
  criteria: CriterionDraft[]
}

let lastKey = 0
const nextKey = () => ++lastKey

function newItem(code: string): ItemDraft {
  return { key: nextKey(), code, title: '', maxPoints: null, note: '' }
}

function newCriterion(firstCode: string): CriterionDraft {
  return { key: nextKey(), title: '', maxPoints: null, items: [newItem(firstCode)] }
}

/** A new sheet: one criterion with one item to fill in. */
export function emptyDraft(organizationId?: number): SheetDraft {
  return {
    organizationId,
    kind: 'FIVE_GOOD',
    name: '',
    passTotal: null,
    passPerCriterion: null,
    criteria: [newCriterion('1.1')],
  }
}

/** A sheet version as the editor holds it (also the start of a copy). */
export function draftOf(template: AssessmentTemplate): SheetDraft {
  return {
    organizationId: template.organizationId,
    kind: template.kind ?? 'FIVE_GOOD',
    name: template.name ?? '',
    passTotal: template.passTotal ?? null,
    passPerCriterion: template.passPerCriterion ?? null,
    criteria: (template.criteria ?? []).map((c) => ({
      key: nextKey(),
      title: c.title,
      maxPoints: c.maxPoints,
      items: c.items.map((i) => ({ key: nextKey(), code: i.code, title: i.title, maxPoints: i.maxPoints, note: i.note ?? '' })),
    })),
  }
}

function move<T>(list: T[], index: number, delta: number): boolean {
  const to = index + delta
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return false
  const [moved] = list.splice(index, 1)
  list.splice(to, 0, moved!)
  return true
}

/** Every item code of the sheet, trimmed. */
function codesOf(draft: SheetDraft): Set<string> {
  return new Set(draft.criteria.flatMap((c) => c.items.map((i) => i.code.trim())).filter(Boolean))
}

/**
 * A code for a new item of the criterion at `criterionIndex`: the last code with its final number
 * counted on (1.4 → 1.5, A3 → A4), else `<criterion>.<item>`; never one the sheet already has.
 */
export function suggestCode(draft: SheetDraft, criterionIndex: number): string {
  const taken = codesOf(draft)
  const last = draft.criteria[criterionIndex]?.items.map((i) => i.code.trim()).filter(Boolean).pop()
  const m = last ? /^(.*?)(\d+)$/.exec(last) : null
  const prefix = m ? m[1]! : `${criterionIndex + 1}.`
  let n = m ? Number(m[2]) + 1 : 1
  while (taken.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

export function addCriterion(draft: SheetDraft): CriterionDraft {
  const criterion = newCriterion('')
  draft.criteria.push(criterion)
  criterion.items[0]!.code = suggestCode(draft, draft.criteria.length - 1)
  return criterion
}

/** A sheet keeps at least one criterion. */
export function removeCriterion(draft: SheetDraft, index: number): boolean {
  if (draft.criteria.length <= 1 || index < 0 || index >= draft.criteria.length) return false
  draft.criteria.splice(index, 1)
  return true
}

export function moveCriterion(draft: SheetDraft, index: number, delta: number): boolean {
  return move(draft.criteria, index, delta)
}

export function addItem(draft: SheetDraft, criterionIndex: number): ItemDraft | undefined {
  const criterion = draft.criteria[criterionIndex]
  if (!criterion) return undefined
  const item = newItem(suggestCode(draft, criterionIndex))
  criterion.items.push(item)
  return item
}

/** A criterion keeps at least one item. */
export function removeItem(draft: SheetDraft, criterionIndex: number, itemIndex: number): boolean {
  const items = draft.criteria[criterionIndex]?.items
  if (!items || items.length <= 1 || itemIndex < 0 || itemIndex >= items.length) return false
  items.splice(itemIndex, 1)
  return true
}

export function moveItem(draft: SheetDraft, criterionIndex: number, itemIndex: number, delta: number): boolean {
  const items = draft.criteria[criterionIndex]?.items
  return items ? move(items, itemIndex, delta) : false
}

/** What a criterion's items are worth together (may not exceed the criterion). */
export function itemsSum(criterion: Pick<CriterionDraft, 'items'>): number {
  return addPoints(criterion.items.map((i) => i.maxPoints))
}

/** The full marks of the sheet: its criteria's points. */
export function maxTotal(draft: Pick<SheetDraft, 'criteria'>): number {
  return addPoints(draft.criteria.map((c) => c.maxPoints))
}

/** A check the editor makes while typing, by the server's field path; the message is an i18n key. */
export type DraftProblem = 'sheet.problems.itemsOverCriterion' | 'sheet.problems.codeTwice' | 'sheet.problems.passOverMax'

/** The server's rules (ScoringPolicy.checkTemplate), checked as the user types. */
export function draftProblems(draft: SheetDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {}
  const seen = new Set<string>()
  draft.criteria.forEach((criterion, c) => {
    if (criterion.maxPoints !== null && itemsSum(criterion) > criterion.maxPoints) {
      problems[`criteria[${c}].items`] = 'sheet.problems.itemsOverCriterion'
    }
    criterion.items.forEach((item, i) => {
      const code = item.code.trim()
      if (!code) return
      if (seen.has(code)) problems[`criteria[${c}].items[${i}].code`] = 'sheet.problems.codeTwice'
      seen.add(code)
    })
  })
  if (draft.passTotal !== null && draft.passTotal > maxTotal(draft)) problems.passTotal = 'sheet.problems.passOverMax'
  return problems
}

/** The fields the server needs and the form cannot leave to it (the JSON would lack them). */
export function missingFields(draft: SheetDraft): ('organizationId' | 'passTotal')[] {
  const missing: ('organizationId' | 'passTotal')[] = []
  if (draft.organizationId === undefined) missing.push('organizationId')
  if (draft.passTotal === null) missing.push('passTotal')
  return missing
}

/**
 * The body of POST and PUT; call after missingFields() found nothing. An empty number goes as 0,
 * which the server refuses at that field (at least 0.5); texts are trimmed, an empty note is none.
 */
export function toTemplateForm(draft: SheetDraft): AssessmentTemplateForm {
  return {
    organizationId: draft.organizationId ?? 0,
    kind: draft.kind,
    name: draft.name.trim(),
    passTotal: draft.passTotal ?? 0,
    passPerCriterion: draft.passPerCriterion ?? null,
    criteria: draft.criteria.map((c) => ({
      title: c.title.trim(),
      maxPoints: c.maxPoints ?? 0,
      items: c.items.map((i) => ({
        code: i.code.trim(),
        title: i.title.trim(),
        maxPoints: i.maxPoints ?? 0,
        note: i.note.trim() || null,
      })),
    })),
  }
}

/** How a PUT came back: the same id changed in place, or a new version because the sheet was in use. */
export function savedAsNewVersion(before: Pick<AssessmentTemplate, 'id'>, after: Pick<AssessmentTemplate, 'id'>): boolean {
  return before.id !== after.id
}

const PLACED = [
  /^(name|organizationId|kind|passTotal|passPerCriterion|criteria)$/,
  /^criteria\[\d+\]\.(title|maxPoints|items)$/,
  /^criteria\[\d+\]\.items\[\d+\]\.(code|title|maxPoints|note)$/,
]

/** Whether the editor shows an error of this path at a field (the others go in a message). */
export function isPlacedPath(path: string): boolean {
  return PLACED.some((pattern) => pattern.test(path))
}
