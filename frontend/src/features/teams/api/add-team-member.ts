import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamMember, TeamMemberForm } from './types'

/** A 五老 of the team's subtree joins the team (409 when already a current member). */
export function addTeamMember(id: number, body: TeamMemberForm): Promise<TeamMember> {
  return call(api.POST('/api/v1/teams/{id}/members', { params: { path: { id } }, body }))
}
