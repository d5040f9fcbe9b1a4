import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AssessmentTemplate } from './types'

/** One version of a sheet with its criteria and its version (for If-Match). */
export function getTemplate(id: number): Promise<AssessmentTemplate> {
  return call(api.GET('/api/v1/assessment-templates/{id}', { params: { path: { id } } }))
}
