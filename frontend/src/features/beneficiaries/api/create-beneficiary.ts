import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Beneficiary, BeneficiaryForm } from './types'

/** Records a beneficiary (a child under 14 only with the guardian's consent). */
export function createBeneficiary(body: BeneficiaryForm): Promise<Beneficiary> {
  return call(api.POST('/api/v1/beneficiaries', { body }))
}
