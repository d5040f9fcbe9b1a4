import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ResearchSummary } from './types'

/** Trips in a period within a subtree and the distinct places they visited, by type of place. */
export function summarizeResearchVisits(query: { within?: number; from?: string; to?: string }): Promise<ResearchSummary> {
  return call(api.GET('/api/v1/research-visits/summary', { params: { query } })) as Promise<ResearchSummary>
}
