import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Beneficiary, BeneficiaryForm } from './types'

export function updateBeneficiary(id: number, version: number, body: BeneficiaryForm): Promise<Beneficiary> {
  return call(
    api.PUT('/api/v1/beneficiaries/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  )
}
