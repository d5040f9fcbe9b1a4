import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Volunteer, VolunteerForm } from './types'

export function updateVolunteer(id: number, version: number, body: VolunteerForm): Promise<Volunteer> {
  return call(
    api.PUT('/api/v1/volunteers/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  )
}
