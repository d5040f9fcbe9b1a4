import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type Honor = components['schemas']['Honor']
export type HonorPage = Json<paths['/api/v1/honors']['get']['responses'][200]>
export type HonorSearch = NonNullable<paths['/api/v1/honors']['get']['parameters']['query']>
export type HonorSummary = components['schemas']['HonorSummary']
export type HonorForm = components['schemas']['HonorForm']
export type HonorLevel = components['schemas']['HonorLevel']
export type MediaCoverage = components['schemas']['MediaCoverage']
export type MediaCoverageForm = components['schemas']['MediaCoverageForm']
