import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { StatsChildren, StatsQuery } from './types'

/** The key figures of every direct child of an organization for a period, in one request. */
export function getStatsChildren(query: Pick<StatsQuery, 'orgId' | 'period'>): Promise<StatsChildren> {
  return call(api.GET('/api/v1/stats/children', { params: { query } }))
}
