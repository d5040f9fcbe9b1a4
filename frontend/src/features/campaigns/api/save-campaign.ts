import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Campaign, CampaignForm } from './types'

/** A new plan of a committee of the caller's subtree (ASSESSMENT_MANAGE). */
export function createCampaign(body: CampaignForm): Promise<Campaign> {
  return call(api.POST('/api/v1/campaigns', { body })) as Promise<Campaign>
}

/** Changes a plan; its years must keep its enrolments (409 otherwise), 412 when someone saved first. */
export function updateCampaign(id: number, version: number, body: CampaignForm): Promise<Campaign> {
  return call(
    api.PUT('/api/v1/campaigns/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  ) as Promise<Campaign>
}
