import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Evaluation, EvaluationStatus } from './types'

/** The next step: SUBMITTED from DRAFT, CONFIRMED from SUBMITTED (final); 409 for any other. */
export function stepEvaluation(id: number, version: number, status: EvaluationStatus): Promise<Evaluation> {
  return call(
    api.POST('/api/v1/evaluations/{id}/steps', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body: { status },
    }),
  )
}
