import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Organization, OrganizationMove } from './types'

export function moveOrganization(id: number, version: number, body: OrganizationMove): Promise<Organization> {
  return call(
    api.POST('/api/v1/organizations/{id}/move', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  ) as Promise<Organization>
}
