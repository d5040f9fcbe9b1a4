import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { ApiKey } from './types'

/** Revokes a key at once: 412 when the listed version is stale, 409 when it is revoked already. */
export function revokeApiKey(id: number, version: number): Promise<ApiKey> {
  return call(
    api.POST('/api/v1/api-keys/{id}/revoke', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }),
  )
}
