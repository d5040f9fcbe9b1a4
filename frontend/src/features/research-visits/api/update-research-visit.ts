import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { ResearchVisit, ResearchVisitForm } from './types'

export function updateResearchVisit(id: number, version: number, body: ResearchVisitForm): Promise<ResearchVisit> {
  return call(
    api.PUT('/api/v1/research-visits/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  ) as Promise<ResearchVisit>
}
