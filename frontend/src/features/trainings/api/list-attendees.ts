import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Leader } from './types'

/** Who attended, as the leaders they were appointed. */
export function listAttendees(id: number): Promise<Leader[]> {
  return call(api.GET('/api/v1/trainings/{id}/attendees', { params: { path: { id } } })) as Promise<Leader[]>
}
