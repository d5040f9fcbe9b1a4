import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { CampaignProgress } from './types'

/** The plan's targets against the organizations planned, enrolled and holding the title (of `within`'s subtree). */
export async function getProgress(id: number, within: number | undefined): Promise<CampaignProgress> {
  const found = await call(api.GET('/api/v1/campaigns/{id}/progress', { params: { path: { id }, query: { within } } }))
  return { campaignId: found.campaignId ?? id, years: found.years ?? [], totals: found.totals ?? [] } as CampaignProgress
}
