import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Evaluation } from './types'

/** An organization is evaluated a few times a year: one page of 200 holds all its confirmed evaluations. */
const EVALUATIONS_SIZE = 200

/** The confirmed evaluations of one organization, newest first: what a step of the title may rest on. */
export async function listConfirmedEvaluations(organizationId: number): Promise<Evaluation[]> {
  const page = await call(
    api.GET('/api/v1/evaluations', {
      params: { query: { organizationId, status: 'CONFIRMED', size: EVALUATIONS_SIZE } },
    }),
  )
  return page.items as Evaluation[]
}
