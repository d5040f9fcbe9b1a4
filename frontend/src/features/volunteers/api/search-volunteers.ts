import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { VolunteerPage, VolunteerSearch } from './types'

export function searchVolunteers(query: VolunteerSearch): Promise<VolunteerPage> {
  return call(api.GET('/api/v1/volunteers', { params: { query } }))
}
