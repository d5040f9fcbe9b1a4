import { describe, expect, it } from 'vitest'
import { i18n } from '@/lib/i18n'
import type { Organization, StatsSummary } from './api/types'
import {
  ageBandChart,
  changeTone,
  drillDownLink,
  figureCards,
  fiveGoodChart,
  formatChange,
  formatRate,
  leadersChart,
  nextTrail,
  readTrail,
  residenceChart,
  teamsChart,
  type FigureCard,
} from './data'
import { WUDALIANCHI_2016_H1 } from './fixtures'
import { idOf } from './first-figures'

/** Shows the key and its values, so the tests read what would be translated. */
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key}(${Object.entries(params).map(([k, v]) => `${k}=${String(v)}`).join(',')})` : key

function card(cards: FigureCard[], id: FigureCard['id']): FigureCard {
  const found = cards.find((c) => c.id === id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}

describe('a change against the previous period', () => {
  it('carries its sign', () => {
    expect(formatChange(30)).toBe('+30')
    expect(formatChange(-5)).toBe('-5')
    expect(formatChange(0)).toBe('±0')
    expect([changeTone(30), changeTone(-5), changeTone(0)]).toEqual(['up', 'down', 'flat'])
  })
})

describe('a rate', () => {
  it('is shown in per cent without a needless decimal', () => {
    expect(formatRate(77.0)).toBe('77%')
    expect(formatRate(66.7)).toBe('66.7%')
    expect(formatRate(100)).toBe('100%')
    expect(formatRate(null)).toBe('—')
  })
})

describe('the key figures of the 2016 half-year report', () => {
  const cards = figureCards(WUDALIANCHI_2016_H1, t)

  it('count the 五老, the rural ones with their net increase', () => {
    expect(card(cards, 'volunteers')).toMatchObject({ value: 1286, change: { value: 30, text: '+30', tone: 'up' } })
    expect(card(cards, 'rural')).toMatchObject({ value: 900, change: { text: '+30' } })
    expect(card(cards, 'rural').lines).toEqual(['dashboard.cards.rural.urbanChange(count=386,change=±0)'])
  })

  it('count teams, models, pairs, new leaders, trainings and research trips', () => {
    expect(card(cards, 'teams')).toMatchObject({ value: 186, lines: ['dashboard.cards.teams.members(count=994)'] })
    expect(card(cards, 'models')).toMatchObject({ value: 32, lines: ['dashboard.cards.models.media(count=10)'] })
    expect(card(cards, 'pairs').lines).toContain('dashboard.cards.pairs.hours(hours=1873)')
    expect(card(cards, 'leaders')).toMatchObject({ value: 28, lines: ['dashboard.cards.leaders.trained(count=28,percent=100)'] })
    expect(card(cards, 'trainings').value).toBe(9)
    expect(card(cards, 'research').value).toBe(3)
    expect(card(cards, 'research').lines[0]).toBe('dashboard.cards.research.places(count=23)')
    expect(card(cards, 'research').lines[1]).toBe(
      'dashboard.cards.research.placesOfType(type=org.types.TOWNSHIP_COMMITTEE,count=6)',
    )
  })

  it('give the 五好 campaign per type, committees first, with the spot checks and the plan', () => {
    expect(card(cards, 'fiveGood')).toMatchObject({ value: 86 })
    expect(card(cards, 'fiveGood').lines).toEqual([
      'dashboard.cards.fiveGood.row(type=org.types.TOWNSHIP_COMMITTEE,enrolled=13,awarded=13,rate=100%)',
      'dashboard.cards.fiveGood.row(type=org.types.VILLAGE_GROUP,enrolled=87,awarded=67,rate=77%)',
      'dashboard.cards.fiveGood.row(type=org.types.COMMUNITY_GROUP,enrolled=6,awarded=6,rate=100%)',
      'dashboard.cards.fiveGood.slipped(warned=0,revoked=0)',
    ])
    expect(card(cards, 'spotChecks').value).toBe(2)
    expect(card(cards, 'planned')).toMatchObject({ value: 8, lines: ['dashboard.cards.planned.year(year=2016)'] })
    expect(card(cards, 'partyBuilding').value).toBe(101)
  })

  it('have every message they use, in Chinese and in English', () => {
    const used: string[] = []
    const recording = (key: string, params?: Record<string, unknown>) => (used.push(key), t(key, params))
    figureCards(WUDALIANCHI_2016_H1, recording)
    for (const chart of [ageBandChart, teamsChart, fiveGoodChart, leadersChart]) chart(WUDALIANCHI_2016_H1, recording)
    residenceChart(WUDALIANCHI_2016_H1, recording)
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(used.filter((key) => !i18n.global.te(key, locale))).toEqual([])
    }
    expect(i18n.global.t('dashboard.cards.fiveGood.row', { type: '行政村关工小组', enrolled: 87, awarded: 67, rate: '77%' })).toBe(
      '行政村关工小组：创建 87，授牌 67，77%',
    )
  })

  it('show nothing missing as a number: an empty summary gives zeros and no change', () => {
    const empty = figureCards({}, t)
    expect(empty.map((c) => c.value)).toEqual(Array(12).fill(0))
    expect(empty.every((c) => c.change === undefined)).toBe(true)
  })
})

describe('the list behind a figure', () => {
  const links = Object.fromEntries(
    figureCards(WUDALIANCHI_2016_H1, t).map((c) => [c.id, drillDownLink(c.drillDown, 13)]),
  )

  it('opens each list on the organization’s subtree, filtered as the figure counts', () => {
    expect(links).toEqual({
      volunteers: { path: '/volunteers', query: { within: '13' } },
      rural: { path: '/volunteers', query: { within: '13', residence: 'RURAL' } },
      teams: { path: '/teams', query: { within: '13' } },
      models: { path: '/honors', query: { within: '13' } },
      pairs: { path: '/pairs', query: { within: '13' } },
      leaders: { path: '/leadership', query: { organizationId: '13', from: '2016-01-01', to: '2016-06-30' } },
      trainings: { path: '/trainings', query: { within: '13', from: '2016-01-01', to: '2016-06-30' } },
      research: { path: '/research-visits', query: { within: '13', from: '2016-01-01', to: '2016-06-30' } },
      fiveGood: { path: '/awards', query: { within: '13' } },
      spotChecks: { path: '/awards', query: { within: '13', tab: 'spot-checks', year: '2016' } },
      // the campaigns API takes no subtree: every plan of the user's scope
      planned: { path: '/campaigns' },
      partyBuilding: { path: '/party-building', query: { within: '13', year: '2016' } },
    })
  })

  it('leaves out what the summary does not give', () => {
    const empty = Object.fromEntries(figureCards({}, t).map((c) => [c.id, drillDownLink(c.drillDown, undefined)]))
    expect(empty.rural).toEqual({ path: '/volunteers', query: { residence: 'RURAL' } })
    expect(empty.trainings).toEqual({ path: '/trainings' })
    expect(empty.spotChecks).toEqual({ path: '/awards', query: { tab: 'spot-checks' } })
    expect(empty.partyBuilding).toEqual({ path: '/party-building' })
  })
})

describe('the charts', () => {
  it('split the 五老 by residence and by age band, youngest first', () => {
    expect(residenceChart(WUDALIANCHI_2016_H1, t)).toEqual([
      { name: 'volunteer.residences.RURAL', value: 900 },
      { name: 'volunteer.residences.URBAN', value: 386 },
    ])
    const age = ageBandChart(WUDALIANCHI_2016_H1, t)
    expect(age.categories[0]).toBe('dashboard.ageBands.UNDER_50')
    expect(age.series[0]?.values).toEqual([44, 274, 404, 437, 127])
  })

  it('give teams and members per type in the report’s order', () => {
    expect(teamsChart(WUDALIANCHI_2016_H1, t)).toEqual({
      categories: ['team.types.CARE', 'team.types.LECTURE', 'team.types.ART'],
      series: [
        { name: 'dashboard.charts.teams', values: [143, 22, 21] },
        { name: 'dashboard.charts.members', values: [516, 223, 255] },
      ],
    })
  })

  it('set 五好 enrolled against awarded, the rate in the type’s name', () => {
    const chart = fiveGoodChart(WUDALIANCHI_2016_H1, t)
    expect(chart.categories[1]).toBe('dashboard.charts.typeWithRate(type=org.types.VILLAGE_GROUP,rate=77%)')
    expect(chart.series.map((s) => s.values)).toEqual([
      [13, 87, 6],
      [13, 67, 6],
    ])
  })

  it('give the leaders per seat in team order, only seats that changed', () => {
    const chart = leadersChart(WUDALIANCHI_2016_H1, t)
    expect(chart.categories).toEqual(['leadership.roles.EXECUTIVE_DEPUTY_DIRECTOR', 'leadership.roles.EXECUTIVE_DEPUTY_LEADER'])
    expect(chart.series[0]?.values).toEqual([4, 24])
  })

  it('are empty without figures', () => {
    const none: StatsSummary = {}
    expect(residenceChart(none, t)).toEqual([])
    expect(teamsChart(none, t).categories).toEqual([])
    expect(ageBandChart(none, t).series[0]?.values).toEqual([0, 0, 0, 0, 0])
  })
})

describe('the way back up', () => {
  const city = { id: 1, name: '五大连池市关工委' }
  const township = { id: 13, name: '兴安乡关工委', parentId: 1 }

  it('reads the organization from the address', () => {
    expect(idOf('13')).toBe(13)
    expect(idOf('0')).toBeUndefined()
    expect(idOf('1e3')).toBeUndefined()
    expect(idOf(['13'])).toBeUndefined()
  })

  it('grows by a child and is cut back at a crumb', () => {
    expect(nextTrail([city], township)).toEqual([city, { id: 13, name: '兴安乡关工委' }])
    expect(nextTrail([city, { id: 13, name: '兴安乡关工委' }], { id: 1, name: '', parentId: null })).toEqual([city])
    expect(nextTrail([city], { id: 40, name: '钟山村关工小组', parentId: 13 })).toBeUndefined()
  })

  it('is read upwards to the user’s own organization', async () => {
    const tree: Record<number, Pick<Organization, 'id' | 'name' | 'parentId'>> = {
      1: { id: 1, name: '五大连池市关工委', parentId: null },
      13: township,
      40: { id: 40, name: '钟山村关工小组', parentId: 13 },
    }
    const read = (id: number) => Promise.resolve(tree[id] as Pick<Organization, 'id' | 'name' | 'parentId'>)
    expect((await readTrail(40, 1, read)).map((c) => c.id)).toEqual([1, 13, 40])
    expect((await readTrail(40, 13, read)).map((c) => c.id)).toEqual([13, 40])
  })
})
