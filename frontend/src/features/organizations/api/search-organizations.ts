import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { OrganizationPage, OrganizationSearch } from './types'

export function searchOrganizations(query: OrganizationSearch): Promise<OrganizationPage> {
  return call(api.GET('/api/v1/organizations', { params: { query } })) as Promise<OrganizationPage>
}
