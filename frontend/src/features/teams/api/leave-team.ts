import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamMember, TeamMemberLeave } from './types'

/** A member leaves the team on a date (not before joining; 409 when already left). */
export function leaveTeam(id: number, memberId: number, body: TeamMemberLeave): Promise<TeamMember> {
  return call(api.POST('/api/v1/teams/{id}/members/{memberId}/leave', { params: { path: { id, memberId } }, body }))
}
