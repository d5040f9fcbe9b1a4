import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

type ApiOrganization =
  paths['/api/v1/organizations']['get']['responses'][200]['content']['application/json']['items'][number]

/** An organization to pick (a user's, an API key's): what the picker shows. */
export type OrganizationOption = Pick<ApiOrganization, 'id' | 'name' | 'type'>

/** Active organizations in the caller's scope whose name contains `q`, for the organization picker. */
export async function searchOrganizationOptions(q: string): Promise<OrganizationOption[]> {
  const page = await call(
    api.GET('/api/v1/organizations', {
      params: { query: { q: q.trim() || undefined, status: 'ACTIVE', size: 20, sort: 'name,asc' } },
    }),
  )
  return page.items.map(({ id, name, type }) => ({ id, name, type }))
}

/** One organization of the caller's scope as the picker shows it (an id chosen in the address). */
export async function getOrganizationOption(id: number): Promise<OrganizationOption> {
  const { name, type } = await call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
  return { id, name, type }
}
