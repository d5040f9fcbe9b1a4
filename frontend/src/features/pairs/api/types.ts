import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

export type Pair = components['schemas']['Pair']
export type PairPage = Json<paths['/api/v1/pairs']['get']['responses'][200]>
export type PairSearch = NonNullable<paths['/api/v1/pairs']['get']['parameters']['query']>
export type PairForm = components['schemas']['PairForm']
export type PairUpdate = components['schemas']['PairUpdate']
export type PairStatus = components['schemas']['PairStatus']
export type PairType = components['schemas']['PairType']
export type PairOutcome = components['schemas']['PairOutcome']
export type PairTransition = components['schemas']['PairTransition']
export type PairStatusChange = components['schemas']['PairStatusChange']
export type Activity = components['schemas']['Activity']
export type ActivityForm = components['schemas']['ActivityForm']
export type ActivityKind = components['schemas']['ActivityKind']
export type ActivityPage = components['schemas']['ActivityPage']
export type AttentionQuery = NonNullable<paths['/api/v1/pairs/attention']['get']['parameters']['query']>
export type ServiceHours = components['schemas']['ServiceHours']
export type ServiceHoursRow = components['schemas']['ServiceHoursRow']
export type ServiceHoursQuery = NonNullable<paths['/api/v1/pairs/service-hours']['get']['parameters']['query']>
export type ServiceHoursBy = components['schemas']['By']
