import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamMember } from './types'

/** The members of a team, current first, with join and leave dates. */
export function listTeamMembers(id: number): Promise<TeamMember[]> {
  return call(api.GET('/api/v1/teams/{id}/members', { params: { path: { id } } }))
}
