import type { components, paths } from '@/lib/api/schema'

type Schemas = components['schemas']
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

// The contract lists the summary's properties without `required`: the page reads every one as
// possibly missing (a 0 or nothing shown) rather than assert what the server sends.
export type StatsSummary = Json<paths['/api/v1/stats/summary']['get']['responses'][200]>
export type StatsQuery = NonNullable<paths['/api/v1/stats/summary']['get']['parameters']['query']>
export type StatsCount = Schemas['StatsCount']

export type Organization = Json<paths['/api/v1/organizations/{id}']['get']['responses'][200]>
export type OrganizationType = Schemas['OrganizationType']
export type LeaderRole = Schemas['LeaderRole']
export type TeamType = Schemas['TeamType']

export type StatsChildren = Json<paths['/api/v1/stats/children']['get']['responses'][200]>
export type ChildFigures = Schemas['StatsChildFigures']
