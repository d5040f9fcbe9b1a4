import type { ChildFigures, Organization } from './api/types'
import type { ChartData, Translate } from './data'

/** The figures of each child by its id; a child the answer does not list has none. */
export function figuresById(children: readonly ChildFigures[] | undefined): Map<number, ChildFigures> {
  return new Map((children ?? []).map((c) => [c.organizationId, c]))
}

/**
 * 五老 and active pairs per child, the largest first: where the work is, at a glance. Children without
 * either are left out, so a township's empty school groups do not crowd a phone screen.
 */
export function childFiguresChart(rows: readonly Organization[], figures: Map<number, ChildFigures>, t: Translate): ChartData {
  const shown = rows
    .map((org) => ({ org, f: figures.get(org.id) }))
    .filter((r): r is { org: Organization; f: ChildFigures } => r.f !== undefined && (r.f.volunteers > 0 || r.f.activePairs > 0))
    .sort((a, b) => b.f.volunteers - a.f.volunteers || a.org.name.localeCompare(b.org.name, 'zh-CN'))
  return {
    categories: shown.map((r) => r.org.name),
    series: [
      { name: t('dashboard.children.volunteers'), values: shown.map((r) => r.f.volunteers) },
      { name: t('dashboard.children.activePairs'), values: shown.map((r) => r.f.activePairs) },
    ],
  }
}
