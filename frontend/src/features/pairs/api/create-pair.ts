import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Pair, PairForm } from './types'

/** A new pair, with a new beneficiary (and its consent) when given inline: all of it or nothing. */
export function createPair(body: PairForm): Promise<Pair> {
  return call(api.POST('/api/v1/pairs', { body }))
}
