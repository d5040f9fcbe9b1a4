import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { AssessmentTemplate, AssessmentTemplateForm } from './types'

/**
 * Saves a sheet. One already used is not changed: the answer is its next version, with a new id
 * (compare the ids); 409 for a version already superseded.
 */
export function updateTemplate(id: number, version: number, body: AssessmentTemplateForm): Promise<AssessmentTemplate> {
  return call(
    api.PUT('/api/v1/assessment-templates/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  )
}
