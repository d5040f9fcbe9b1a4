import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { User, UserCreate } from './types'

export function createUser(body: UserCreate): Promise<User> {
  return call(api.POST('/api/v1/users', { body }))
}
