import type { paths } from '@/lib/api/schema'

// The record's types live in src/lib/beneficiaries (the pair dialog records beneficiaries too).
export type {
  Beneficiary,
  BeneficiaryCategory,
  BeneficiaryForm,
  BeneficiaryPersonalData,
} from '@/lib/beneficiaries/types'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type BeneficiaryPage = Json<paths['/api/v1/beneficiaries']['get']['responses'][200]>
export type BeneficiarySearch = NonNullable<paths['/api/v1/beneficiaries']['get']['parameters']['query']>
export type PairPage = Json<paths['/api/v1/pairs']['get']['responses'][200]>
