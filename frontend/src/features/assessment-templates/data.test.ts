import { describe, expect, it } from 'vitest'
import type { AssessmentTemplate } from './api/types'
import {
  addCriterion,
  addItem,
  draftOf,
  draftProblems,
  emptyDraft,
  isPlacedPath,
  itemsSum,
  maxTotal,
  missingFields,
  moveCriterion,
  moveItem,
  removeCriterion,
  removeItem,
  savedAsNewVersion,
  suggestCode,
  toSearchQuery,
  toTemplateForm,
  type SheetDraft,
} from './data'

const template: AssessmentTemplate = {
  id: 7,
  familyId: 1,
  versionNo: 2,
  current: true,
  inUse: true,
  organizationId: 1,
  organizationName: '五大连池市关工委',
  kind: 'FIVE_GOOD',
  name: '五好基层关工组织评分表',
  criteria: [
    {
      title: '领导班子建设好',
      maxPoints: 20,
      items: [
        { code: '1.1', title: '班子健全', maxPoints: 5, note: '不健全扣5分' },
        { code: '1.2', title: '常务副主任到位', maxPoints: 5, note: null },
      ],
    },
    { title: '组织领导', maxPoints: 30, items: [{ code: 'A1', title: '支部书记担任组长', maxPoints: 10, note: null }] },
  ],
  maxTotal: 50,
  passTotal: 40,
  passPerCriterion: null,
  version: 3,
}

const codes = (draft: SheetDraft) => draft.criteria.map((c) => c.items.map((i) => i.code))

describe('the list of sheets', () => {
  it('asks for the current versions unless told otherwise, pages from 0', () => {
    expect(toSearchQuery({ kind: undefined, currentOnly: true, within: undefined }, 1, 20)).toEqual({ page: 0, size: 20, current: true })
    expect(toSearchQuery({ kind: 'PARTY_BUILDING', currentOnly: false, within: 3 }, 2, 20)).toEqual({
      page: 1,
      size: 20,
      kind: 'PARTY_BUILDING',
      within: 3,
    })
  })
})

describe('the editor model', () => {
  it('holds a sheet as the form edits it and gives it back as the API wants it', () => {
    const draft = draftOf(template)
    expect(draft.passPerCriterion).toBeNull()
    expect(draft.criteria[0]!.items[1]!.note).toBe('')
    draft.name = '  五好评分表（修订） '
    draft.criteria[0]!.items[0]!.note = '  '
    const form = toTemplateForm(draft)
    expect(form.name).toBe('五好评分表（修订）')
    expect(form.criteria[0]!.items[0]).toEqual({ code: '1.1', title: '班子健全', maxPoints: 5, note: null })
    expect(form.criteria[1]).toEqual(template.criteria![1])
    expect(form).toMatchObject({ organizationId: 1, kind: 'FIVE_GOOD', passTotal: 40, passPerCriterion: null })
  })

  it('starts a new sheet with one criterion and one item, and asks for what the JSON cannot leave out', () => {
    const draft = emptyDraft()
    expect(codes(draft)).toEqual([['1.1']])
    expect(missingFields(draft)).toEqual(['organizationId', 'passTotal'])
    draft.organizationId = 4
    draft.passTotal = 60
    expect(missingFields(draft)).toEqual([])
    // empty points go as 0, for the server to name the field
    expect(toTemplateForm(draft).criteria[0]).toEqual({ title: '', maxPoints: 0, items: [{ code: '1.1', title: '', maxPoints: 0, note: null }] })
  })

  it('adds items and criteria with the next free code', () => {
    const draft = draftOf(template)
    expect(addItem(draft, 0)!.code).toBe('1.3')
    expect(addItem(draft, 1)!.code).toBe('A2')
    addCriterion(draft)
    expect(codes(draft)).toEqual([['1.1', '1.2', '1.3'], ['A1', 'A2'], ['3.1']])
    expect(addItem(draft, 2)!.code).toBe('3.2')
  })

  it('never suggests a code the sheet already has', () => {
    const draft = draftOf(template)
    draft.criteria[1]!.items[0]!.code = '1.3' // someone numbered it so
    expect(suggestCode(draft, 0)).toBe('1.4')
    draft.criteria[0]!.items.forEach((i) => (i.code = ''))
    expect(suggestCode(draft, 0)).toBe('1.1')
  })

  it('moves criteria and items, and not past the ends', () => {
    const draft = draftOf(template)
    expect(moveCriterion(draft, 0, 1)).toBe(true)
    expect(draft.criteria.map((c) => c.title)).toEqual(['组织领导', '领导班子建设好'])
    expect(moveCriterion(draft, 1, 1)).toBe(false)
    expect(moveItem(draft, 1, 1, -1)).toBe(true)
    expect(codes(draft)[1]).toEqual(['1.2', '1.1'])
    expect(moveItem(draft, 1, 0, -1)).toBe(false)
    expect(moveItem(draft, 5, 0, 1)).toBe(false)
  })

  it('removes criteria and items but keeps one of each', () => {
    const draft = draftOf(template)
    expect(removeItem(draft, 0, 0)).toBe(true)
    expect(codes(draft)[0]).toEqual(['1.2'])
    expect(removeItem(draft, 0, 0)).toBe(false)
    expect(removeCriterion(draft, 0)).toBe(true)
    expect(removeCriterion(draft, 0)).toBe(false)
    expect(draft.criteria).toHaveLength(1)
  })

  it('sums the points live', () => {
    const draft = draftOf(template)
    expect(itemsSum(draft.criteria[0]!)).toBe(10)
    expect(maxTotal(draft)).toBe(50)
    draft.criteria[0]!.items[0]!.maxPoints = null
    draft.criteria[0]!.items[1]!.maxPoints = 2.5
    expect(itemsSum(draft.criteria[0]!)).toBe(2.5)
    draft.criteria[1]!.maxPoints = null
    expect(maxTotal(draft)).toBe(20)
  })

  it('checks the server’s rules while typing, by the server’s field paths', () => {
    const draft = draftOf(template)
    expect(draftProblems(draft)).toEqual({})
    draft.criteria[1]!.items[0]!.maxPoints = 31
    draft.criteria[1]!.items.push({ key: -1, code: ' 1.2 ', title: 'x', maxPoints: 1, note: '' })
    draft.passTotal = 51
    expect(draftProblems(draft)).toEqual({
      'criteria[1].items': 'sheet.problems.itemsOverCriterion',
      'criteria[1].items[1].code': 'sheet.problems.codeTwice',
      passTotal: 'sheet.problems.passOverMax',
    })
  })

  it('tells the fields it shows from those it does not', () => {
    expect(isPlacedPath('criteria[0].items[1].code')).toBe(true)
    expect(isPlacedPath('criteria[2].items')).toBe(true)
    expect(isPlacedPath('passTotal')).toBe(true)
    expect(isPlacedPath('criteria[0].items[1]')).toBe(false)
    expect(isPlacedPath('body')).toBe(false)
  })

  it('knows a save of a used sheet by the new id', () => {
    expect(savedAsNewVersion({ id: 7 }, { id: 7 })).toBe(false)
    expect(savedAsNewVersion({ id: 7 }, { id: 9 })).toBe(true)
  })
})
