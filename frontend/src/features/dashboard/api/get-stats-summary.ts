import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { StatsQuery, StatsSummary } from './types'

/** Every figure of the work report for an organization's subtree and a named period (2016-H1, 2016). */
export function getStatsSummary(query: Pick<StatsQuery, 'orgId' | 'period'>): Promise<StatsSummary> {
  return call(api.GET('/api/v1/stats/summary', { params: { query } }))
}
