import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { User } from './types'

export function unlockUser(id: number, version: number): Promise<User> {
  return call(
    api.POST('/api/v1/users/{id}/unlock', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }),
  )
}
