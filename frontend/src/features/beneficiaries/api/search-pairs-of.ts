import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { PairPage } from './types'

/** The pairs a beneficiary is in, newest first. */
export function searchPairsOf(beneficiaryId: number): Promise<PairPage> {
  return call(api.GET('/api/v1/pairs', { params: { query: { beneficiaryId, size: 50 } } }))
}
