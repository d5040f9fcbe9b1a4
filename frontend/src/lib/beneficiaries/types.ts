import type { components } from '@/lib/api/schema'

export type Beneficiary = components['schemas']['Beneficiary']
export type BeneficiaryForm = components['schemas']['BeneficiaryForm']
export type BeneficiaryCategory = components['schemas']['BeneficiaryCategory']
export type BeneficiaryPersonalData = components['schemas']['BeneficiaryPersonalData']
export type ConsentMethod = components['schemas']['ConsentMethod']
export type Gender = components['schemas']['Gender']
