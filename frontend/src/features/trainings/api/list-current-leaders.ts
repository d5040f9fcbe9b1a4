import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { LeaderPage } from './types'

/** The leaders holding a seat of one organization's team today, to add one who was not proposed. */
export function listCurrentLeaders(organizationId: number): Promise<LeaderPage> {
  return call(
    api.GET('/api/v1/appointments', { params: { query: { organizationId, current: true, size: 200 } } }),
  ) as Promise<LeaderPage>
}
