import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiKeyPage, ApiKeySearch } from './types'

/** The keys of the caller's subtree (or of one organization's subtree), newest first. */
export function searchApiKeys(query: ApiKeySearch): Promise<ApiKeyPage> {
  return call(api.GET('/api/v1/api-keys', { params: { query } }))
}
