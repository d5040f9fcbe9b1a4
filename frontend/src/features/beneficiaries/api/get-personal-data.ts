import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { BeneficiaryPersonalData } from './types'

/** The full record, a child's included; each call is written to the audit trail. */
export function getBeneficiaryPersonalData(id: number): Promise<BeneficiaryPersonalData> {
  return call(api.GET('/api/v1/beneficiaries/{id}/personal-data', { params: { path: { id } } }))
}
