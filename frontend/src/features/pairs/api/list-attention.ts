import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AttentionQuery, PairPage } from './types'

/** Active pairs without an activity for `days` (server default 30), the longest silent first. */
export function listPairsNeedingAttention(query: AttentionQuery): Promise<PairPage> {
  return call(api.GET('/api/v1/pairs/attention', { params: { query } }))
}
