import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamPage, TeamSearch } from './types'

/** Teams by type within a subtree, ordered by organization, type and name, with their current member counts. */
export function searchTeams(query: TeamSearch): Promise<TeamPage> {
  return call(api.GET('/api/v1/teams', { params: { query } }))
}
