import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'

/** The name of the team whose members the list is filtered to (shown on the filter's tag). */
export async function getTeamName(id: number): Promise<string> {
  const team = await call(api.GET('/api/v1/teams/{id}', { params: { path: { id } } }))
  return team.name
}
