import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiKeyCreate, ApiKeyCreated } from './types'

/** Creates a key; the answer is the only place the key itself ever appears. */
export function createApiKey(body: ApiKeyCreate): Promise<ApiKeyCreated> {
  return call(api.POST('/api/v1/api-keys', { body }))
}
