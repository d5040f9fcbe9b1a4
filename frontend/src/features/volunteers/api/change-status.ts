import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { StatusChangeForm, Volunteer } from './types'

export function changeStatus(id: number, version: number, body: StatusChangeForm): Promise<Volunteer> {
  return call(
    api.POST('/api/v1/volunteers/{id}/status-changes', {
      params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  )
}
