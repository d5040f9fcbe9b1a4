import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Campaign } from './types'

/** One plan with its targets and its version (for If-Match). */
export function getCampaign(id: number): Promise<Campaign> {
  return call(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })) as Promise<Campaign>
}
