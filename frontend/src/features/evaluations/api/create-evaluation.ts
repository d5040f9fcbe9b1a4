import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Evaluation, EvaluationForm } from './types'

/** Starts scoring an organization: a DRAFT. */
export function createEvaluation(body: EvaluationForm): Promise<Evaluation> {
  return call(api.POST('/api/v1/evaluations', { body }))
}
