import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Organization, OrganizationUpdate } from './types'

export function updateOrganization(id: number, version: number, body: OrganizationUpdate): Promise<Organization> {
  return call(
    api.PUT('/api/v1/organizations/{id}', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  ) as Promise<Organization>
}
