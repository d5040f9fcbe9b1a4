import { describe, expect, it } from 'vitest'
import type { Evaluation, ScoreSheet } from './api/types'
import {
  criteriaWith,
  isOverMax,
  kindsFor,
  nextStep,
  sameScores,
  scoreEntries,
  scoreErrors,
  scoreTotals,
  stepScore,
  toEvaluationForm,
  toSearchQuery,
} from './data'

const sheet: Pick<ScoreSheet, 'criteria' | 'passTotal' | 'passPerCriterion'> = {
  criteria: [
    {
      title: '领导班子建设好',
      maxPoints: 10,
      items: [
        { code: '1.1', title: '班子健全', maxPoints: 5 },
        { code: '1.2', title: '常务副主任到位', maxPoints: 5 },
      ],
    },
    {
      title: '活动经常效果好',
      maxPoints: 10,
      items: [
        { code: '2.1', title: '每季度一次活动', maxPoints: 5 },
        { code: '2.2', title: '有影像记录', maxPoints: 5 },
      ],
    },
  ],
  passTotal: 14,
  passPerCriterion: 6,
}

const evaluation: Evaluation = {
  id: 3,
  organizationId: 15,
  organizationName: '五大连池市实验中学关工小组',
  templateId: 1,
  templateName: '五好基层关工组织评分表',
  templateVersionNo: 1,
  kind: 'SPOT_CHECK',
  evaluatedOn: '2016-05-18',
  evaluators: '市关工委检查组',
  scores: [
    { code: '1.1', score: 4.5, comment: '档案齐全' },
    { code: '2.2', score: 5 },
  ],
  comment: null,
  total: 9.5,
  passed: false,
  status: 'DRAFT',
  version: 2,
}

describe('the list of evaluations', () => {
  it('searches a subtree or one organization', () => {
    const filters = { organizationId: 9, includeSubtree: true, kind: undefined, status: undefined }
    expect(toSearchQuery(filters, 1, 20)).toEqual({ page: 0, size: 20, within: 9 })
    expect(toSearchQuery({ ...filters, includeSubtree: false, kind: 'RECHECK', status: 'CONFIRMED' }, 3, 20)).toEqual({
      page: 2,
      size: 20,
      organizationId: 9,
      kind: 'RECHECK',
      status: 'CONFIRMED',
    })
    expect(toSearchQuery({ ...filters, organizationId: undefined }, 1, 20)).toEqual({ page: 0, size: 20 })
  })

  it('offers the kinds of check each sheet is for', () => {
    expect(kindsFor('FIVE_GOOD')).toEqual(['SELF_CHECK', 'SPOT_CHECK', 'RECHECK'])
    expect(kindsFor('PARTY_BUILDING')).toEqual(['HALF_YEAR_PRELIMINARY', 'YEAR_END_OVERALL'])
    expect(kindsFor(undefined)).toHaveLength(5)
  })

  it('steps a draft to submitted and a submitted one to confirmed, then no more', () => {
    expect(nextStep('DRAFT')).toBe('SUBMITTED')
    expect(nextStep('SUBMITTED')).toBe('CONFIRMED')
    expect(nextStep('CONFIRMED')).toBeUndefined()
  })
})

describe('scoring', () => {
  it('lists every item of the sheet with its score, unscored ones empty', () => {
    expect(scoreEntries(sheet, evaluation.scores)).toEqual({
      '1.1': { score: 4.5, comment: '档案齐全' },
      '1.2': { score: null, comment: null },
      '2.1': { score: null, comment: null },
      '2.2': { score: 5, comment: null },
    })
  })

  it('steps by 0.5 between 0 and the maximum', () => {
    expect(stepScore(null, 0.5, 5)).toBe(0.5)
    expect(stepScore(null, -0.5, 5)).toBe(0)
    expect(stepScore(4.5, 0.5, 5)).toBe(5)
    expect(stepScore(5, 0.5, 5)).toBe(5)
    expect(stepScore(3.3, 0.5, 5)).toBe(4) // off the steps: to the nearest one
    expect(stepScore(7, -0.5, 5)).toBe(5)
  })

  it('flags a score above its item', () => {
    expect(isOverMax({ maxPoints: 5 }, { score: 5.5, comment: null })).toBe(true)
    expect(isOverMax({ maxPoints: 5 }, { score: 5, comment: null })).toBe(false)
    expect(isOverMax({ maxPoints: 5 }, { score: null, comment: null })).toBe(false)
  })

  it('adds up subtotals and the total as the server does, unscored items as 0', () => {
    const entries = scoreEntries(sheet, evaluation.scores)
    const totals = scoreTotals(sheet, entries)
    expect(totals.criteria.map((c) => c.points)).toEqual([4.5, 5])
    expect(totals).toMatchObject({ total: 9.5, maxTotal: 20, scored: 2, items: 4, passed: false })
  })

  it('passes with the pass total and the per-criterion minimum in every criterion', () => {
    const entries = scoreEntries(sheet, [
      { code: '1.1', score: 5 },
      { code: '1.2', score: 5 },
      { code: '2.1', score: 4.5 },
      { code: '2.2', score: 0.5 },
    ])
    // 15 ≥ 14, but the second criterion has 5 < 6
    expect(scoreTotals(sheet, entries)).toMatchObject({ total: 15, passed: false })
    expect(scoreTotals(sheet, entries).criteria.map((c) => c.passed)).toEqual([true, false])
    entries['2.2']!.score = 1.5
    expect(scoreTotals(sheet, entries)).toMatchObject({ total: 16, passed: true })
    // without a per-criterion minimum only the total counts
    entries['2.2']!.score = 0
    expect(scoreTotals({ ...sheet, passPerCriterion: null }, entries)).toMatchObject({ total: 14.5, passed: true })
  })

  it('sends the scored items with their codes in order, to place the server’s errors', () => {
    const entries = scoreEntries(sheet, evaluation.scores)
    entries['1.2']!.score = 6
    const { form, codes } = toEvaluationForm(evaluation, entries, '  档案齐全 ')
    expect(codes).toEqual(['1.1', '1.2', '2.2'])
    expect(form).toEqual({
      organizationId: 15,
      templateId: 1,
      kind: 'SPOT_CHECK',
      evaluatedOn: '2016-05-18',
      evaluators: '市关工委检查组',
      scores: [
        { code: '1.1', score: 4.5, comment: '档案齐全' },
        { code: '1.2', score: 6, comment: null },
        { code: '2.2', score: 5, comment: null },
      ],
      comment: '档案齐全',
    })
    expect(scoreErrors({ 'scores[1].score': '得分超过了该项目的分值。', comment: '太长' }, codes)).toEqual({
      byCode: { '1.2': '得分超过了该项目的分值。' },
      others: { comment: '太长' },
    })
    expect(criteriaWith(sheet, ['2.2'])).toEqual([1])
  })

  it('tells unsaved scores from saved ones', () => {
    const saved = scoreEntries(sheet, evaluation.scores)
    const now = scoreEntries(sheet, evaluation.scores)
    expect(sameScores(now, saved)).toBe(true)
    now['2.1']!.score = 3
    expect(sameScores(now, saved)).toBe(false)
  })
})
