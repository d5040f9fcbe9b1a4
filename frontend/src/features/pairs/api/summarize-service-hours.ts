import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ServiceHours, ServiceHoursQuery } from './types'

/** Hours served per volunteer, team or organization in a period, most first, with their tiers. */
export function summarizeServiceHours(query: ServiceHoursQuery): Promise<ServiceHours> {
  return call(api.GET('/api/v1/pairs/service-hours', { params: { query } }))
}
