import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type Team = components['schemas']['Team']
export type TeamPage = Json<paths['/api/v1/teams']['get']['responses'][200]>
export type TeamSearch = NonNullable<paths['/api/v1/teams']['get']['parameters']['query']>
export type TeamSummary = components['schemas']['TeamSummary']
export type TeamForm = components['schemas']['TeamForm']
export type TeamType = components['schemas']['TeamType']
export type TeamMember = components['schemas']['TeamMember']
export type TeamMemberForm = components['schemas']['TeamMemberForm']
export type TeamMemberLeave = components['schemas']['TeamMemberLeave']
