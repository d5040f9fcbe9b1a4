import type { components, paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } | undefined ? Body : never

export type Volunteer = Json<paths['/api/v1/volunteers/{id}']['get']['responses'][200]>
export type VolunteerPage = Json<paths['/api/v1/volunteers']['get']['responses'][200]>
export type VolunteerSearch = NonNullable<paths['/api/v1/volunteers']['get']['parameters']['query']>
export type VolunteerForm = JsonBody<paths['/api/v1/volunteers']['post']['requestBody']>
export type StatusChange = components['schemas']['StatusChange']
export type StatusChangeForm = components['schemas']['StatusChangeForm']
export type PersonalData = components['schemas']['PersonalData']
export type EligibilityRule = components['schemas']['EligibilityRule']
export type VolunteerCategory = components['schemas']['VolunteerCategory']
export type VolunteerStatus = components['schemas']['VolunteerStatus']
export type Residence = components['schemas']['Residence']
export type Gender = components['schemas']['Gender']
export type TeamType = components['schemas']['TeamType']
export type HonorLevel = components['schemas']['HonorLevel']
