import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { CampaignPage, CampaignSearch } from './types'

/** The plans of the caller's subtree, newest first; with `covering`, the plans an organization falls under (also those above it). */
export function searchCampaigns(query: CampaignSearch): Promise<CampaignPage> {
  return call(api.GET('/api/v1/campaigns', { params: { query } })) as Promise<CampaignPage>
}
