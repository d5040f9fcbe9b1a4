import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { UserPage, UserSearch } from './types'

export function searchUsers(query: UserSearch): Promise<UserPage> {
  return call(api.GET('/api/v1/users', { params: { query } }))
}
