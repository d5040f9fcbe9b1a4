import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { BeneficiaryPage, BeneficiarySearch } from './types'

/** Beneficiaries by name (or pinyin initials) and category within a subtree; children masked. */
export function searchBeneficiaries(query: BeneficiarySearch): Promise<BeneficiaryPage> {
  return call(api.GET('/api/v1/beneficiaries', { params: { query } }))
}
