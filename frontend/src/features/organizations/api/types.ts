import type { paths } from '@/lib/api/schema'

// Derived from the operations rather than from component names, so a renamed schema in the
// contract does not break the feature as long as the endpoints keep their shapes.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } | undefined ? Body : never

type ApiOrganization = Json<paths['/api/v1/organizations/{id}']['get']['responses'][200]>

/**
 * The contract marks no property of Organization as required (the backend's schema annotations
 * leave them optional), yet every answer carries these. The read model states what the SPA relies
 * on; the fetchers narrow to it. Should the contract gain `required`, this stays true.
 */
type AlwaysPresent = 'id' | 'name' | 'type' | 'parentId' | 'status' | 'depth' | 'childCount' | 'version'
export type Organization = ApiOrganization & Required<Pick<ApiOrganization, AlwaysPresent>>

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
