import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { HonorPage, HonorSearch } from './types'

/** Commendations by level within a subtree, newest first. */
export function searchHonors(query: HonorSearch): Promise<HonorPage> {
  return call(api.GET('/api/v1/honors', { params: { query } }))
}
