import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { User, UserUpdate } from './types'

export function updateUser(id: number, version: number, body: UserUpdate): Promise<User> {
  return call(
    api.PUT('/api/v1/users/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  )
}
