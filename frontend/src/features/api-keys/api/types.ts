import type { paths } from '@/lib/api/schema'

// Derived from the operations, as in the other features.
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } | undefined ? Body : never

/** An integration client's key as listed: never the key itself, only its first characters. */
export type ApiKey = Json<paths['/api/v1/api-keys/{id}/revoke']['post']['responses'][200]>
export type ApiKeyPage = Json<paths['/api/v1/api-keys']['get']['responses'][200]>
export type ApiKeySearch = NonNullable<paths['/api/v1/api-keys']['get']['parameters']['query']>
export type ApiKeyCreate = JsonBody<paths['/api/v1/api-keys']['post']['requestBody']>
/** The answer to a create: the key in clear, this one time, with the key as listed. */
export type ApiKeyCreated = Json<paths['/api/v1/api-keys']['post']['responses'][201]>
/** 只读 / 读写 */
export type Access = ApiKey['access']
