import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Organization, OrganizationCreate } from './types'

export function createOrganization(body: OrganizationCreate): Promise<Organization> {
  return call(api.POST('/api/v1/organizations', { body })) as Promise<Organization>
}
