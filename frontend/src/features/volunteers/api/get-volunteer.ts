import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Volunteer } from './types'

/** One 五老, numbers masked, with its version (for If-Match). */
export function getVolunteer(id: number): Promise<Volunteer> {
  return call(api.GET('/api/v1/volunteers/{id}', { params: { path: { id } } }))
}
