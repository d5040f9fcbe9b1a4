import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type AssessmentTemplate = components['schemas']['AssessmentTemplate']
export type AssessmentTemplateForm = components['schemas']['AssessmentTemplateForm']
export type AssessmentCriterion = components['schemas']['AssessmentCriterion']
export type AssessmentItem = components['schemas']['AssessmentItem']
export type TemplateKind = components['schemas']['TemplateKind']
export type TemplatePage = Json<paths['/api/v1/assessment-templates']['get']['responses'][200]>
export type TemplateSearch = NonNullable<paths['/api/v1/assessment-templates']['get']['parameters']['query']>
