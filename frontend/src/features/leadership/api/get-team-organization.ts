import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TeamOrganization } from './types'

/** The organization whose team is shown: its name and type (committee or group seats). */
export async function getTeamOrganization(id: number): Promise<TeamOrganization> {
  const { name, type } = await call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
  return { id, name, type }
}
