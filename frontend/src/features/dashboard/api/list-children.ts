import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Organization } from './types'

/** The direct children of an organization (dissolved ones included): the rows to drill down into. */
export function listChildren(id: number): Promise<Organization[]> {
  return call(api.GET('/api/v1/organizations/{id}/children', { params: { path: { id } } }))
}
