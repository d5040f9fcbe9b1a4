import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { PairPage, PairSearch } from './types'

/** Pairs by status, type, volunteer or beneficiary within a subtree, newest first. */
export function searchPairs(query: PairSearch): Promise<PairPage> {
  return call(api.GET('/api/v1/pairs', { params: { query } }))
}
