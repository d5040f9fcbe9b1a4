import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { User } from './types'

/** One user with the full phone number (for administrators; the server logs that view) and its version. */
export function getUser(id: number): Promise<User> {
  return call(api.GET('/api/v1/users/{id}', { params: { path: { id } } }))
}
