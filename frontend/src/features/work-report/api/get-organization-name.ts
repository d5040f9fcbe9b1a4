import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'

/** The name of an organization opened by a link (?orgId=), for the picker to show before any search. */
export async function getOrganizationName(id: number): Promise<string> {
  const { name } = await call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
  return name
}
