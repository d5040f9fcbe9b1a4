import { describe, expect, it } from 'vitest'
import type { ChildFigures, Organization } from './api/types'
import { childFiguresChart, figuresById } from './child-figures'

const t = (key: string) => key

function org(id: number, name: string): Organization {
  return { id, name, type: 'VILLAGE_GROUP', status: 'ACTIVE', parentId: 1, childCount: 0 } as Organization
}

function figures(organizationId: number, volunteers: number, activePairs = 0): ChildFigures {
  return { organizationId, volunteers, activeVolunteers: volunteers, teams: 0, activePairs, activities: 0, fiveGoodHolders: 0 }
}

describe('the figures of the child organizations', () => {
  it('finds each child by its id', () => {
    const byId = figuresById([figures(2, 10), figures(3, 0)])
    expect(byId.get(2)?.volunteers).toBe(10)
    expect(byId.get(4)).toBeUndefined()
    expect(figuresById(undefined).size).toBe(0)
  })

  it('charts the children with 五老 or pairs, the largest first, leaving out the empty ones and those not counted', () => {
    const rows = [org(2, '甲村'), org(3, '乙村'), org(4, '丙校'), org(5, '丁村'), org(6, '戊村')]
    const byId = figuresById([figures(2, 10, 1), figures(3, 25, 4), figures(4, 0), figures(5, 0, 2)])
    const chart = childFiguresChart(rows, byId, t)
    expect(chart.categories).toEqual(['乙村', '甲村', '丁村'])
    expect(chart.series.map((s) => s.name)).toEqual(['dashboard.children.volunteers', 'dashboard.children.activePairs'])
    expect(chart.series[0]?.values).toEqual([25, 10, 0])
    expect(chart.series[1]?.values).toEqual([4, 1, 2])
  })
})
