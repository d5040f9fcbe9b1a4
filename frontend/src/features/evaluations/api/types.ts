import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type Evaluation = components['schemas']['Evaluation']
export type EvaluationForm = components['schemas']['EvaluationForm']
export type EvaluationKind = components['schemas']['EvaluationKind']
export type EvaluationStatus = components['schemas']['EvaluationStatus']
export type EvaluationPage = Json<paths['/api/v1/evaluations']['get']['responses'][200]>
export type EvaluationSearch = NonNullable<paths['/api/v1/evaluations']['get']['parameters']['query']>
export type ItemScore = components['schemas']['ItemScore']
export type CriterionTotal = components['schemas']['CriterionTotal']
/** The sheet an evaluation is scored on (评分表), read only here. */
export type ScoreSheet = components['schemas']['AssessmentTemplate']
/** The sheet version as an evaluation carries it. */
export type ScoredSheet = components['schemas']['ScoredSheet']
export type SheetCriterion = components['schemas']['AssessmentCriterion']
export type SheetItem = components['schemas']['AssessmentItem']
export type TemplateKind = components['schemas']['TemplateKind']
export type Evidence = components['schemas']['Evidence']
