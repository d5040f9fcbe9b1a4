import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { LeadershipSummary } from './types'

/** Appointed, ended and trained per role in a period within a subtree, and the share of new leaders trained. */
export function summarizeAppointments(query: { within?: number; from?: string; to?: string }): Promise<LeadershipSummary> {
  return call(api.GET('/api/v1/appointments/summary', { params: { query } })) as Promise<LeadershipSummary>
}
