import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Evaluation, EvaluationForm } from './types'

/** Saves a DRAFT's scores; 400 naming scores[i].score for a score above its item's maximum, 409 once submitted. */
export function updateEvaluation(id: number, version: number, body: EvaluationForm): Promise<Evaluation> {
  return call(api.PUT('/api/v1/evaluations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }))
}
