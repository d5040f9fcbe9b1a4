import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Beneficiary } from './types'

/** A beneficiary to pick (a pair's): what the picker shows; a child's name comes masked. */
export type BeneficiaryOption = { id: number } & Pick<Beneficiary, 'name' | 'organizationName' | 'category' | 'protectedChild'>

/** Beneficiaries in the caller's scope by name or pinyin initials, at most 20, by name. */
export async function searchBeneficiaryOptions(q: string): Promise<BeneficiaryOption[]> {
  const page = await call(
    api.GET('/api/v1/beneficiaries', { params: { query: { q: q.trim() || undefined, size: 20 } } }),
  )
  return page.items.map(({ id, name, organizationName, category, protectedChild }) => ({
    id: id as number,
    name,
    organizationName,
    category,
    protectedChild,
  }))
}
