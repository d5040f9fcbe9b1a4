import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { EvaluationPage, EvaluationSearch } from './types'

/** Evaluations of a subtree or of one organization, by kind and status, newest first. */
export function searchEvaluations(query: EvaluationSearch): Promise<EvaluationPage> {
  return call(api.GET('/api/v1/evaluations', { params: { query } }))
}
