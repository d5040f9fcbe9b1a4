import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Leader } from './types'

/** 签到: a leader of the organizer's subtree attended (409 when already on the list). */
export function addAttendee(id: number, appointmentId: number): Promise<Leader> {
  return call(
    api.POST('/api/v1/trainings/{id}/attendees', { params: { path: { id } }, body: { appointmentId } }),
  ) as Promise<Leader>
}
