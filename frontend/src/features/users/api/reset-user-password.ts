import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { PasswordReset, User } from './types'

export function resetUserPassword(id: number, version: number, body: PasswordReset): Promise<User> {
  return call(
    api.POST('/api/v1/users/{id}/reset-password', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  )
}
