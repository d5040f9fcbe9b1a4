import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Beneficiary } from './types'

/** One beneficiary (a child masked) with its version (for If-Match). */
export function getBeneficiary(id: number): Promise<Beneficiary> {
  return call(api.GET('/api/v1/beneficiaries/{id}', { params: { path: { id } } }))
}
