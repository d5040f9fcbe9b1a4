import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Evaluation } from './types'

/** One evaluation with the totals the server computed and its version (for If-Match). */
export function getEvaluation(id: number): Promise<Evaluation> {
  return call(api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } }))
}
