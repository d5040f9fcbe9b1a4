import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { SpotCheckDuePage, SpotCheckSearch } from './types'

/** 抽查安排: the title holders of the subtree and their spot checks in a year, overdue first. */
export function searchSpotChecksDue(query: SpotCheckSearch): Promise<SpotCheckDuePage> {
  return call(api.GET('/api/v1/evaluations/spot-checks-due', { params: { query } })) as Promise<SpotCheckDuePage>
}
