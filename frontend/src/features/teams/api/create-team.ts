import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Team, TeamForm } from './types'

export function createTeam(body: TeamForm): Promise<Team> {
  return call(api.POST('/api/v1/teams', { body }))
}
