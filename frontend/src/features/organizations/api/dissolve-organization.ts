import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Organization, OrganizationDissolve } from './types'

export function dissolveOrganization(id: number, version: number, body: OrganizationDissolve): Promise<Organization> {
  return call(
    api.POST('/api/v1/organizations/{id}/dissolve', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  ) as Promise<Organization>
}
