import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AssessmentTemplate, AssessmentTemplateForm } from './types'

export function createTemplate(body: AssessmentTemplateForm): Promise<AssessmentTemplate> {
  return call(api.POST('/api/v1/assessment-templates', { body }))
}
