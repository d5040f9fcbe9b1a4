import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Pair, PairUpdate } from './types'

export function updatePair(id: number, version: number, body: PairUpdate): Promise<Pair> {
  return call(api.PUT('/api/v1/pairs/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }))
}
