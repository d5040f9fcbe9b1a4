import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Organization } from './types'

export function getChildren(id: number): Promise<Organization[]> {
  return call(api.GET('/api/v1/organizations/{id}/children', { params: { path: { id } } })) as Promise<Organization[]>
}
