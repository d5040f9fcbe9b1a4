import type { components, paths } from '@/lib/api/schema'

// Derived from the contract, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

/** An uploaded roster: progress, what it changed and (from GET /{id}) its per-row report. */
export type VolunteerImport = components['schemas']['VolunteerImport']
export type VolunteerImportPage = Json<paths['/api/v1/volunteer-imports']['get']['responses'][200]>
export type ImportProblem = components['schemas']['ImportProblem']
export type ImportStatus = NonNullable<VolunteerImport['status']>
export type ImportSearch = NonNullable<paths['/api/v1/volunteer-imports']['get']['parameters']['query']>
export type ImportOptions = Required<
  Pick<NonNullable<paths['/api/v1/volunteer-imports']['post']['parameters']['query']>, 'validRowsOnly' | 'confirmPossibleDuplicates'>
>
