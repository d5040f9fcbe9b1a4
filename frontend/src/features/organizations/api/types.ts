import type { paths } from '@/lib/api/schema'

// Derived from the operations rather than from component names, so a renamed schema in the
// contract does not break the feature as long as the endpoints keep their shapes.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } | undefined ? Body : never

type ApiOrganization = Json<paths['/api/v1/organizations/{id}']['get']['responses'][200]>

export type Organization = ApiOrganization

export interface OrganizationPage {
  items: Organization[]
  page: number
  size: number
  total: number
}

export type OrganizationSearch = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>
export type OrganizationCreate = JsonBody<paths['/api/v1/organizations']['post']['requestBody']>
export type OrganizationUpdate = JsonBody<paths['/api/v1/organizations/{id}']['put']['requestBody']>
export type OrganizationMove = JsonBody<paths['/api/v1/organizations/{id}/move']['post']['requestBody']>
export type OrganizationDissolve = JsonBody<paths['/api/v1/organizations/{id}/dissolve']['post']['requestBody']>
export type OrganizationType = Organization['type']
export type OrganizationStatus = Organization['status']
