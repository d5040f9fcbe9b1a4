import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamSummary } from './types'

/** Counts of teams and current members, in all and per type, within a subtree (or the whole scope). */
export function summarizeTeams(within: number | undefined): Promise<TeamSummary> {
  return call(api.GET('/api/v1/teams/summary', { params: { query: { within } } }))
}
