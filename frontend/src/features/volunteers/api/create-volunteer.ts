import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Volunteer, VolunteerForm } from './types'

export function createVolunteer(body: VolunteerForm): Promise<Volunteer> {
  return call(api.POST('/api/v1/volunteers', { body }))
}
