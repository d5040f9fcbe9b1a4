import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Pair, PairTransition } from './types'

/** A step of the lifecycle (409 for a step it lacks, 400 naming outcomes or reason when missing). */
export function changePairStatus(id: number, version: number, body: PairTransition): Promise<Pair> {
  return call(
    api.POST('/api/v1/pairs/{id}/transitions', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  )
}
