import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ResearchVisitPage, ResearchVisitSearch } from './types'

/** Research visits of a subtree in a period, newest first, with the places visited. */
export function searchResearchVisits(query: ResearchVisitSearch): Promise<ResearchVisitPage> {
  return call(api.GET('/api/v1/research-visits', { params: { query } })) as Promise<ResearchVisitPage>
}
