import { describe, expect, it } from 'vitest'
import { readQuery } from '@/lib/ui/query-filters'
import type { Award, AwardKind, AwardRateRow, Evaluation } from './api/types'
import {
  boardViewParams,
  emptyDecideValues,
  evaluationsFor,
  holdersWithWarnings,
  halfStates,
  offeredSteps,
  oldestFirst,
  rateRows,
  rateSeries,
  standingKey,
  standingOf,
  toAwardForm,
  toSearchQuery,
  toSpotCheckQuery,
  usedEvaluations,
  EMPTY_FILTERS,
  QUERY_PARAMS,
} from './data'

let nextId = 1
const award = (kind: AwardKind, occurredOn: string, over: Partial<Award> = {}): Award => ({
  id: nextId++,
  organizationId: 9,
  organizationName: '兴安中学关工组织',
  organizationType: 'SCHOOL_GROUP',
  kind,
  occurredOn,
  decidedBy: '五大连池市关工委',
  evaluationId: 100 + nextId,
  evaluationKind: kind === 'AWARDED' ? 'SPOT_CHECK' : 'RECHECK',
  evaluatedOn: occurredOn,
  evaluationPassed: kind === 'AWARDED',
  evaluationTotal: kind === 'AWARDED' ? 86 : 62,
  reason: null,
  ...over,
})

const evaluation = (over: Partial<Evaluation>): Evaluation => ({
  id: 1,
  organizationId: 9,
  organizationName: '兴安中学关工组织',
  templateId: 3,
  templateName: '五好基层关工组织评分表',
  templateKind: 'FIVE_GOOD',
  templateVersionNo: 1,
  kind: 'SPOT_CHECK',
  evaluatedOn: '2016-05-18',
  evaluators: null,
  scores: [],
  comment: null,
  criterionTotals: [],
  evidence: [],
  sheet: { criteria: [], maxTotal: 100, passTotal: 80, passPerCriterion: 12, current: true, inScope: true },
  total: 86,
  passed: true,
  status: 'CONFIRMED',
  version: 2,
  ...over,
})

describe('the standing after an organization’s history (AwardPolicy.Standing)', () => {
  it('is no title before any step', () => {
    expect(standingOf([])).toEqual({ holding: false, warned: false, revoked: false })
    expect(standingKey(standingOf([]))).toBe('none')
  })

  it('holds the title after 授牌, since its date', () => {
    const standing = standingOf([award('AWARDED', '2016-06-28')])
    expect(standing).toMatchObject({ holding: true, warned: false, awardedOn: '2016-06-28' })
    expect(standingKey(standing)).toBe('holding')
  })

  it('is warned after a 滑坡警告 following the award, and stays warned after another', () => {
    const history = [award('AWARDED', '2016-06-28'), award('WARNED', '2017-05-02')]
    expect(standingKey(standingOf(history))).toBe('warned')
    expect(standingOf([...history, award('WARNED', '2017-11-20')])).toMatchObject({ holding: true, warned: true })
  })

  it('loses the title after 摘牌, and a new award starts unwarned', () => {
    const revoked = [award('AWARDED', '2016-06-28'), award('WARNED', '2017-05-02'), award('REVOKED', '2017-11-20')]
    expect(standingOf(revoked)).toEqual({ holding: false, warned: false, revoked: true, awardedOn: undefined })
    expect(standingKey(standingOf(revoked))).toBe('revoked')
    const again = standingOf([...revoked, award('AWARDED', '2019-06-01')])
    expect(again).toMatchObject({ holding: true, warned: false, revoked: false, awardedOn: '2019-06-01' })
  })

  it('reads the history oldest first whatever order it comes in (same day: in the order recorded)', () => {
    const first = award('AWARDED', '2016-06-28')
    const warned = award('WARNED', '2017-05-02')
    const revoked = award('REVOKED', '2017-05-02')
    expect(standingOf([revoked, warned, first])).toMatchObject({ holding: false, revoked: true })
  })
})

describe('the steps offered (what AwardPolicy allows)', () => {
  it('offers only 授牌 without the title, also after a revocation', () => {
    expect(offeredSteps(standingOf([]))).toEqual(['AWARDED'])
    expect(offeredSteps({ holding: false, warned: false, revoked: true })).toEqual(['AWARDED'])
  })

  it('offers 滑坡警告 to a holder, and 摘牌 only once warned', () => {
    expect(offeredSteps({ holding: true, warned: false, revoked: false })).toEqual(['WARNED'])
    expect(offeredSteps({ holding: true, warned: true, revoked: false })).toEqual(['WARNED', 'REVOKED'])
  })
})

describe('the evaluations a step may rest on', () => {
  const passingSelfCheck = evaluation({ id: 1, kind: 'SELF_CHECK', passed: true, total: 88 })
  const passingSpotCheck = evaluation({ id: 2, kind: 'SPOT_CHECK', passed: true })
  const failedRecheck = evaluation({ id: 3, kind: 'RECHECK', passed: false, total: 62 })
  const failedSpotCheck = evaluation({ id: 4, kind: 'SPOT_CHECK', passed: false, total: 70 })
  const failedSelfCheck = evaluation({ id: 5, kind: 'SELF_CHECK', passed: false, total: 50 })
  const partyBuilding = evaluation({ id: 6, kind: 'YEAR_END_OVERALL', passed: true, templateName: '党建带关工考核表', templateKind: 'PARTY_BUILDING' })
  // A 党建带关工 sheet is never a 五好 one, whatever kind its evaluation was recorded as.
  const partyBuildingCheck = evaluation({ id: 8, kind: 'SPOT_CHECK', passed: false, templateName: '党建带关工考核表', templateKind: 'PARTY_BUILDING' })
  const notConfirmed = evaluation({ id: 7, kind: 'SPOT_CHECK', passed: true, status: 'SUBMITTED' })
  const all = [passingSelfCheck, passingSpotCheck, failedRecheck, failedSpotCheck, failedSelfCheck, partyBuilding, partyBuildingCheck, notConfirmed]
  const none = new Set<number>()

  it('offers passing confirmed evaluations on a 五好 sheet for 授牌, any of 自查, 抽查, 复查', () => {
    expect(evaluationsFor('AWARDED', all, none).map((e) => e.id)).toEqual([1, 2])
  })

  it('offers failed confirmed 五好 spot checks and rechecks for 滑坡警告 and 摘牌, not a failed self-check nor a 党建带关工 sheet', () => {
    expect(evaluationsFor('WARNED', all, none).map((e) => e.id)).toEqual([3, 4])
    expect(evaluationsFor('REVOKED', all, none).map((e) => e.id)).toEqual([3, 4])
  })

  it('leaves out an evaluation already backing a step', () => {
    const history = [award('AWARDED', '2016-06-28', { evaluationId: 1 }), award('WARNED', '2017-05-02', { evaluationId: 3 })]
    const used = usedEvaluations(history)
    expect(evaluationsFor('AWARDED', all, used).map((e) => e.id)).toEqual([2])
    expect(evaluationsFor('REVOKED', all, used).map((e) => e.id)).toEqual([4])
  })

  it('offers nothing before a step is chosen', () => {
    expect(evaluationsFor(undefined, all, none)).toEqual([])
  })
})

describe('today’s holders', () => {
  it('marks a holder warned by a 滑坡警告 of its organization after its award', () => {
    const a = award('AWARDED', '2016-06-28', { organizationId: 1 })
    const b = award('AWARDED', '2016-06-28', { organizationId: 2 })
    const c = award('AWARDED', '2018-06-01', { organizationId: 3 })
    const warnings = [
      award('WARNED', '2017-05-02', { organizationId: 1 }),
      // warned before it lost the title and was awarded again: not since this award
      award('WARNED', '2017-05-02', { organizationId: 3 }),
    ]
    expect(holdersWithWarnings([a, b, c], warnings).map((h) => [h.award.organizationId, h.warned])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ])
  })

  it('counts a warning recorded after the award on the same day', () => {
    const a = award('AWARDED', '2016-06-28', { organizationId: 1 })
    const w = award('WARNED', '2016-06-28', { organizationId: 1 })
    expect(holdersWithWarnings([a], [w])[0]!.warned).toBe(true)
  })
})

describe('the title timeline', () => {
  it('lists the steps oldest first, each naming its own evaluation', () => {
    const awarded = award('AWARDED', '2016-06-28', { evaluationId: 1 })
    const warned = award('WARNED', '2017-05-02', { evaluationId: 3 })
    const revoked = award('REVOKED', '2017-11-20', { evaluationId: 99 })
    expect(oldestFirst([revoked, awarded, warned]).map((e) => [e.kind, e.evaluationId, e.evaluatedOn, e.evaluationPassed])).toEqual([
      ['AWARDED', 1, '2016-06-28', true],
      ['WARNED', 3, '2017-05-02', false],
      ['REVOKED', 99, '2017-11-20', false],
    ])
  })
})

describe('the board’s queries', () => {
  it('asks for today’s holders of the subtree, whatever kind is chosen', () => {
    expect(toSearchQuery({ within: 14, kind: 'WARNED' }, 'holders', 2, 20)).toEqual({ page: 1, size: 20, within: 14, holders: true })
  })

  it('asks for the steps of one kind, or of all', () => {
    expect(toSearchQuery({ within: 14, kind: 'REVOKED' }, 'steps', 1, 20)).toEqual({ page: 0, size: 20, within: 14, kind: 'REVOKED' })
    expect(toSearchQuery(EMPTY_FILTERS, 'steps', 1, 20)).toEqual({ page: 0, size: 20 })
  })

  it('opens on the subtree, tab and spot-check year of the address (the dashboard’s 抽查), ignoring values it does not know', () => {
    const query = { within: '13', tab: 'spot-checks', year: '2016', kind: 'LOST' }
    expect(readQuery(query, EMPTY_FILTERS, QUERY_PARAMS)).toEqual({ within: 13, kind: undefined })
    expect(readQuery(query, { tab: 'holders', year: 2026 }, boardViewParams(2026))).toEqual({ tab: 'spot-checks', year: 2016 })
    expect(readQuery({ tab: 'other', year: '2027' }, { tab: 'holders', year: 2026 }, boardViewParams(2026))).toEqual({
      tab: 'holders',
      year: 2026,
    })
  })
})

describe('the decision sent', () => {
  it('trims the texts and sends an empty reason as null (the server names it when revoking)', () => {
    const values = { ...emptyDecideValues('2026-05-01', ' 市关工委管理员 ', 9), kind: 'REVOKED' as const, evaluationId: 4, reason: '  ' }
    expect(toAwardForm(values)).toEqual({
      organizationId: 9,
      kind: 'REVOKED',
      evaluationId: 4,
      occurredOn: '2026-05-01',
      decidedBy: '市关工委管理员',
      reason: null,
    })
    expect(toAwardForm({ ...values, reason: ' 连续两次复查未达标 ' }).reason).toBe('连续两次复查未达标')
  })
})

describe('the rates by type', () => {
  const rate = (organizationType: AwardRateRow['organizationType'], enrolled: number, awarded: number): AwardRateRow => ({
    organizationType,
    enrolled,
    awarded,
    rate: enrolled ? Math.round((awarded / enrolled) * 1000) / 10 : null,
    warned: 0,
    revoked: 0,
  })

  it('lists the types in the report’s order, leaving out those with nobody enrolled', () => {
    const rows = [rate('COMMUNITY_GROUP', 6, 6), rate('SCHOOL_GROUP', 0, 0), rate('VILLAGE_GROUP', 87, 67), rate('TOWNSHIP_COMMITTEE', 13, 13)]
    expect(rateRows(rows).map((r) => r.organizationType)).toEqual(['TOWNSHIP_COMMITTEE', 'VILLAGE_GROUP', 'COMMUNITY_GROUP'])
  })

  it('charts enrolled against awarded, the awarded bar labelled with its rate', () => {
    const rows = [rate('VILLAGE_GROUP', 87, 67), rate('TOWNSHIP_COMMITTEE', 13, 13)]
    const series = rateSeries(rows, (t) => t, (r) => `${r.awarded}（${r.rate}%）`)
    expect(series).toEqual({
      categories: ['TOWNSHIP_COMMITTEE', 'VILLAGE_GROUP'],
      enrolled: [13, 87],
      awarded: [13, 67],
      awardedLabels: ['13（100%）', '67（77%）'],
    })
  })
})

describe('抽查安排', () => {
  const due = { firstHalfDue: true, firstHalfDone: true, secondHalfDue: true, secondHalfDone: false }

  it('asks for the year, the subtree and only the overdue when chosen', () => {
    expect(toSpotCheckQuery({ year: 2016, overdueOnly: false }, undefined, 1, 20)).toEqual({ year: 2016, page: 0, size: 20 })
    expect(toSpotCheckQuery({ year: 2016, overdueOnly: true }, 4, 2, 20)).toEqual({ year: 2016, page: 1, size: 20, within: 4, overdueOnly: true })
  })

  it('marks a half done, due while it runs, overdue once it ended without a check, not due without the title', () => {
    expect(halfStates(due, 2016, '2016-07-01')).toEqual({ first: 'done', second: 'due' })
    expect(halfStates(due, 2016, '2017-01-01')).toEqual({ first: 'done', second: 'overdue' })
    expect(halfStates({ ...due, firstHalfDone: false }, 2016, '2016-07-01')).toEqual({ first: 'overdue', second: 'due' })
    expect(halfStates({ ...due, firstHalfDue: false, firstHalfDone: false }, 2016, '2016-07-01').first).toBe('notDue')
  })
})
