import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { PairStatusChange } from './types'

/** The pair's lifecycle, newest first. */
export function listPairStatusChanges(id: number): Promise<PairStatusChange[]> {
  return call(api.GET('/api/v1/pairs/{id}/status-changes', { params: { path: { id } } }))
}
