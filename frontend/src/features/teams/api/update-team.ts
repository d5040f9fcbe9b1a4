import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Team, TeamForm } from './types'

export function updateTeam(id: number, version: number, body: TeamForm): Promise<Team> {
  return call(api.PUT('/api/v1/teams/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }))
}
