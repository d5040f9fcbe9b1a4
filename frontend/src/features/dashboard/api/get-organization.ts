import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Organization } from './types'

/** One organization: its name and parent, to walk the breadcrumb up to the user's own. */
export function getOrganization(id: number): Promise<Organization> {
  return call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
}
