import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AwardPage, AwardSearch } from './types'

/**
 * Steps of the 五好 title: of one organization (organizationId, oldest first) or of a subtree
 * (within, newest first); holders=true for the awards of today's holders.
 */
export function searchAwards(query: AwardSearch): Promise<AwardPage> {
  return call(api.GET('/api/v1/awards', { params: { query } })) as Promise<AwardPage>
}
