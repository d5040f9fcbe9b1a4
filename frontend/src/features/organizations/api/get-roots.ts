import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Organization } from './types'

export function getRoots(): Promise<Organization[]> {
  return call(api.GET('/api/v1/organizations/roots')) as Promise<Organization[]>
}
