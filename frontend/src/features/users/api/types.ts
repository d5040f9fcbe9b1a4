import type { paths } from '@/lib/api/schema'

// Derived from the operations, as in the organizations feature.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } | undefined ? Body : never

export type User = Json<paths['/api/v1/users/{id}']['get']['responses'][200]>
export type UserPage = Json<paths['/api/v1/users']['get']['responses'][200]>
export type UserSearch = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>
export type UserCreate = JsonBody<paths['/api/v1/users']['post']['requestBody']>
export type UserUpdate = JsonBody<paths['/api/v1/users/{id}']['put']['requestBody']>
export type PasswordReset = JsonBody<paths['/api/v1/users/{id}/reset-password']['post']['requestBody']>
export type Role = User['roles'][number]
