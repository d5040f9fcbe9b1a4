import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { OrganizationOption } from './types'

/** Active organizations in the caller's scope whose name contains `q`, for the organization picker. */
export async function searchOrganizationOptions(q: string): Promise<OrganizationOption[]> {
  const page = await call(
    api.GET('/api/v1/organizations', {
      params: { query: { q: q.trim() || undefined, status: 'ACTIVE', size: 20, sort: 'name,asc' } },
    }),
  )
  return page.items.map(({ id, name, type }) => ({ id, name, type }))
}
