import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ResearchVisit, ResearchVisitForm } from './types'

export function createResearchVisit(body: ResearchVisitForm): Promise<ResearchVisit> {
  return call(api.POST('/api/v1/research-visits', { body })) as Promise<ResearchVisit>
}
