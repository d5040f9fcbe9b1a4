import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Team } from './types'

/** One team with its version (for If-Match). */
export function getTeam(id: number): Promise<Team> {
  return call(api.GET('/api/v1/teams/{id}', { params: { path: { id } } }))
}
